using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Candidates.Duplicates;
using OpenHire.Features.Candidates.Tags;
using OpenHire.Features.Fairness;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Accounts;

namespace OpenHire.Features.Candidates;

/// <summary>One of a candidate's applications: the job, where it stands and how well it fits.</summary>
public sealed record CandidateApplication(
    Guid Id, Guid JobId, string JobTitle, DateTimeOffset CreatedAt, StageRef Stage, ApplicationOutcome? Outcome, int? FitScore, ApplicationSource Source);

/// <summary>A candidate with everything their page shows; under blind review an alias and no contact details.</summary>
public sealed record CandidateDetail(
    Guid Id, string Name, string? Email, string? Phone, string? Location, IReadOnlyList<string> Links, DateTimeOffset CreatedAt,
    IReadOnlyList<CandidateApplication> Applications, IReadOnlyList<TagRef> Tags, IReadOnlyList<DuplicateRef> PossibleDuplicates,
    Guid? MergedIntoId, bool IdentityHidden);

/// <summary>Reads an organization's candidates, shared by the API and the workspace.</summary>
public static class CandidateQueries
{
    /// <summary>One page of the candidates this person may see, newest first, optionally only the one with <paramref name="email"/> or those with a tag; merged-away records are left out.</summary>
    public static async Task<Page<Candidate>> PageAsync(
        AppDbContext db, StaffScope scope, string? email, Guid? after, int take, CancellationToken ct, string? tag = null)
    {
        var query = StaffAccess.Candidates(db, scope).AsNoTracking().Where(c => c.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(email))
        {
            var normalized = Candidate.Normalize(email);
            query = query.Where(c => c.NormalizedEmail == normalized);
        }
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var name = Tag.Normalize(tag);
            query = query.Where(c => db.CandidateTags.Any(t => t.CandidateId == c.Id && db.Tags.Any(x => x.Id == t.TagId && x.NormalizedName == name)));
        }
        if (after is { } cursor) query = query.Where(c => c.Id < cursor);
        var rows = await query.OrderByDescending(c => c.Id).Take(take + 1).ToListAsync(ct);
        return Paging.ToPage(rows, take, c => c.Id, c => c);
    }

    /// <summary>A candidate with the applications <paramref name="scope"/> may see (all of them without one).</summary>
    public static async Task<CandidateDetail?> DetailAsync(AppDbContext db, Guid orgId, Guid candidateId, CancellationToken ct, StaffScope? scope = null)
    {
        var c = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(x => x.Id == candidateId && x.OrganizationId == orgId, ct);
        if (c is null) return null;
        var applications = await ApplicationsAsync(db, orgId, candidateId, ct, scope);
        var tags = await CandidateTags.OfCandidateAsync(db, orgId, candidateId, ct);
        var duplicates = c.MergedIntoId is null ? await CandidateDuplicates.OfAsync(db, orgId, c, ct) : [];
        var hidden = (await BlindReview.HiddenCandidatesAsync(db, orgId, [candidateId], ct)).Count > 0;
        return hidden
            ? new(c.Id, BlindReview.Alias(c.Id), null, null, null, [], c.CreatedAt, applications, tags, duplicates, c.MergedIntoId, true)
            : new(c.Id, c.Name, c.Email, c.Phone, c.Location, c.Links, c.CreatedAt, applications, tags, duplicates, c.MergedIntoId, false);
    }

    /// <summary>All of a candidate's applications, newest first, with stage and fit.</summary>
    public static Task<List<CandidateApplication>> ApplicationsAsync(AppDbContext db, Guid orgId, Guid candidateId, CancellationToken ct, StaffScope? scope = null) =>
        (from a in (scope is null ? db.Applications : StaffAccess.Applications(db, scope)).AsNoTracking()
         where a.OrganizationId == orgId && a.CandidateId == candidateId
         join j in db.Jobs on a.JobId equals j.Id
         join s in db.PipelineStages on a.StageId equals s.Id
         orderby a.Id descending
         select new CandidateApplication(a.Id, a.JobId, j.Title, a.CreatedAt, new StageRef(s.Id, s.Name), a.Outcome, a.FitScore, a.Source)).ToListAsync(ct);
}
