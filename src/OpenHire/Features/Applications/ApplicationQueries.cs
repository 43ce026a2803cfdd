using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Candidates.Tags;
using OpenHire.Features.Accounts;
using OpenHire.Features.Fairness;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Resumes;

namespace OpenHire.Features.Applications;

/// <summary>Who applied; under blind review the name is an alias and the email is left out.</summary>
public sealed record CandidateRef(Guid Id, string Name, string? Email);
public sealed record FileInfoDto(string FileName, string ContentType, long Length, string Sha256, string DownloadUrl);
/// <summary>A row of a job's applicant list: who, how well they fit, and where they stand in the pipeline.</summary>
public sealed record ApplicationSummary(
    Guid Id, Guid JobId, CandidateRef Candidate, bool HasResume, ResumeStatus ResumeStatus, int? FitScore, ApplicationSource Source, DateTimeOffset CreatedAt,
    StageRef Stage, ApplicationOutcome? Outcome);
public sealed record OtherApplication(Guid Id, Guid JobId, string JobTitle, DateTimeOffset CreatedAt);

/// <summary>An application with everything a recruiter reads on its page.</summary>
public sealed record ApplicationDetail(
    Guid Id, Guid JobId, string JobTitle, CandidateRef Candidate, string? Phone, string? Location, IReadOnlyList<string> Links,
    string? CoverLetterText, FileInfoDto? Resume, FileInfoDto? CoverLetterFile, DateTimeOffset ConsentedAt, DateTimeOffset CreatedAt,
    IReadOnlyList<OtherApplication> OtherApplications, bool IdentityHidden, DateTimeOffset? IdentityRevealedAt, string? IdentityRevealedBy);

/// <summary>Reads applications for staff, always within one organization; shared by the API and the workspace.</summary>
public static class ApplicationQueries
{
    /// <summary>
    /// One page of a job's applicants, filtered and ordered. The cursor is the last row's id, or for
    /// the fit order "score_id", so pages stay stable while new applications arrive.
    /// </summary>
    public static async Task<Page<ApplicationSummary>?> PageForJobAsync(
        AppDbContext db, Guid orgId, Guid jobId, ApplicantFilter filter, string? cursor, int take, CancellationToken ct)
    {
        var applications = db.Applications.AsNoTracking().Where(a => a.OrganizationId == orgId && a.JobId == jobId);
        foreach (var skill in filter.MustHave)
            applications = applications.Where(a => db.ApplicationSkills.Any(s => s.ApplicationId == a.Id && s.NormalizedSkill == skill));
        foreach (var (skill, years) in filter.MinYears)
            applications = applications.Where(a => db.ApplicationSkills.Any(s => s.ApplicationId == a.Id && s.NormalizedSkill == skill && s.Years >= years));
        if (filter.Stage is { } stage) applications = applications.Where(a => a.StageId == stage);
        applications = filter.Status switch
        {
            ApplicantStatus.Active => applications.Where(a => a.Outcome == null),
            ApplicantStatus.Rejected => applications.Where(a => a.Outcome == ApplicationOutcome.Rejected),
            ApplicantStatus.Withdrawn => applications.Where(a => a.Outcome == ApplicationOutcome.Withdrawn),
            _ => applications,
        };
        if (filter.Source is { } source) applications = applications.Where(a => a.Source == source);
        foreach (var tag in filter.Tags.Select(Tag.Normalize))
            applications = applications.Where(a => db.CandidateTags.Any(t => t.CandidateId == a.CandidateId && db.Tags.Any(x => x.Id == t.TagId && x.NormalizedName == tag)));
        // Ids are UUIDv7, so "applied on or after a day" is "id at or after the first id of that day".
        if (filter.AppliedFrom is { } first) { var min = FirstIdOf(first); applications = applications.Where(a => a.Id >= min); }
        if (filter.AppliedTo is { } last) { var max = FirstIdOf(last.AddDays(1)); applications = applications.Where(a => a.Id < max); }
        if (filter.Sort == ApplicantSort.Name) return await PageByNameAsync(db, orgId, applications, cursor, take, ct);
        if (filter.Sort == ApplicantSort.Oldest)
        {
            if (cursor is not null)
            {
                if (!Guid.TryParse(cursor, out var id)) return null;
                applications = applications.Where(a => a.Id > id);
            }
            applications = applications.OrderBy(a => a.Id);
        }
        else if (filter.Sort == ApplicantSort.Fit)
        {
            if (cursor is not null)
            {
                if (!TryParseFitCursor(cursor, out var score, out var id)) return null;
                applications = applications.Where(a => (a.FitScore ?? -1) < score || ((a.FitScore ?? -1) == score && a.Id < id));
            }
            applications = applications.OrderByDescending(a => a.FitScore ?? -1).ThenByDescending(a => a.Id);
        }
        else
        {
            if (cursor is not null)
            {
                if (!Guid.TryParse(cursor, out var id)) return null;
                applications = applications.Where(a => a.Id < id);
            }
            applications = applications.OrderByDescending(a => a.Id);
        }
        var rows = await SummariesAsync(db, orgId, applications.Take(take + 1), ct);
        // The join may not keep the order the database returned, so order once more in memory.
        rows = filter.Sort switch
        {
            ApplicantSort.Fit => [.. rows.OrderByDescending(r => r.FitScore ?? -1).ThenByDescending(r => r.Id)],
            ApplicantSort.Oldest => [.. rows.OrderBy(r => r.Id)],
            _ => [.. rows.OrderByDescending(r => r.Id)],
        };
        var next = rows.Count > take ? rows[take - 1] : null;
        return new Page<ApplicationSummary>(rows.Take(take).ToList(),
            next is null ? null : filter.Sort == ApplicantSort.Fit ? $"{next.FitScore ?? -1}_{next.Id}" : next.Id.ToString());
    }

    /// <summary>By the candidate's name, then id; the cursor carries the last name (base64) and id.</summary>
    static async Task<Page<ApplicationSummary>?> PageByNameAsync(
        AppDbContext db, Guid orgId, IQueryable<Application> applications, string? cursor, int take, CancellationToken ct)
    {
        var named = applications.Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => new { a, c.Name });
        if (cursor is not null)
        {
            var cut = cursor.LastIndexOf('_');
            string name;
            try { name = cut > 0 ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(cursor[..cut])) : ""; }
            catch (FormatException) { return null; }
            if (cut <= 0 || !Guid.TryParse(cursor[(cut + 1)..], out var id)) return null;
            named = named.Where(x => string.Compare(x.Name, name) > 0 || (x.Name == name && x.a.Id > id));
        }
        var ids = await named.OrderBy(x => x.Name).ThenBy(x => x.a.Id).Select(x => x.a.Id).Take(take + 1).ToListAsync(ct);
        var rows = await SummariesAsync(db, orgId, db.Applications.AsNoTracking().Where(a => ids.Contains(a.Id)), ct);
        rows = [.. rows.OrderBy(r => ids.IndexOf(r.Id))];
        var next = rows.Count > take ? rows[take - 1] : null;
        return new Page<ApplicationSummary>(rows.Take(take).ToList(),
            next is null ? null : $"{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(next.Candidate.Name))}_{next.Id}");
    }

    /// <summary>The smallest UUIDv7 of a day's first millisecond (UTC).</summary>
    static Guid FirstIdOf(DateOnly day)
    {
        var ms = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        var hex = ms.ToString("x12");
        return Guid.Parse($"{hex[..8]}-{hex[8..]}-7000-8000-000000000000");
    }

    static async Task<List<ApplicationSummary>> SummariesAsync(AppDbContext db, Guid orgId, IQueryable<Application> applications, CancellationToken ct)
    {
        var blind = await BlindReview.IsOnAsync(db, orgId, ct);
        return (await applications
            .Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => new { a, c.Name, c.Email })
            .Join(db.PipelineStages, x => x.a.StageId, s => s.Id, (x, s) => new { x.a, x.Name, x.Email, StageName = s.Name })
            .Select(x => new
            {
                Summary = new ApplicationSummary(x.a.Id, x.a.JobId, new CandidateRef(x.a.CandidateId, x.Name, x.Email), x.a.Resume != null,
                    x.a.ResumeStatus, x.a.FitScore, x.a.Source, x.a.CreatedAt, new StageRef(x.a.StageId, x.StageName), x.a.Outcome),
                x.a.IdentityRevealedAt,
            })
            .ToListAsync(ct))
            .Select(x => BlindReview.Hides(blind, x.IdentityRevealedAt)
                ? x.Summary with { Candidate = new CandidateRef(x.Summary.Candidate.Id, BlindReview.Alias(x.Summary.Candidate.Id), null) }
                : x.Summary)
            .ToList();
    }

    static bool TryParseFitCursor(string cursor, out int score, out Guid id)
    {
        (score, id) = (0, Guid.Empty);
        var parts = cursor.Split('_');
        return parts.Length == 2 && int.TryParse(parts[0], out score) && Guid.TryParse(parts[1], out id);
    }

    /// <summary>The application; with a <paramref name="scope"/>, "other applications" lists only those the person may see.</summary>
    public static async Task<ApplicationDetail?> GetAsync(AppDbContext db, Guid orgId, Guid applicationId, CancellationToken ct, StaffScope? scope = null)
    {
        var row = await db.Applications.AsNoTracking()
            .Where(a => a.Id == applicationId && a.OrganizationId == orgId)
            .Join(db.Candidates, a => a.CandidateId, c => c.Id, (a, c) => new { a, c })
            .Join(db.Jobs, x => x.a.JobId, j => j.Id, (x, j) => new { x.a, x.c, JobTitle = j.Title })
            .SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var others = await OfCandidateAsync(db, orgId, row.c.Id, ct, scope);
        var (a, c) = (row.a, row.c);
        var detail = new ApplicationDetail(
            a.Id, a.JobId, row.JobTitle, new CandidateRef(c.Id, c.Name, c.Email), c.Phone, c.Location, c.Links, a.CoverLetterText,
            Describe(a.Resume, $"/api/v1/applications/{a.Id}/resume"), Describe(a.CoverLetterFile, $"/api/v1/applications/{a.Id}/cover-letter"),
            a.ConsentedAt, a.CreatedAt, others.Where(o => o.Id != a.Id).ToList(), false, a.IdentityRevealedAt, a.IdentityRevealedBy);
        if (!BlindReview.Hides(await BlindReview.IsOnAsync(db, orgId, ct), a.IdentityRevealedAt)) return detail;
        return detail with
        {
            Candidate = new CandidateRef(c.Id, BlindReview.Alias(c.Id), null),
            Phone = null,
            Location = null,
            Links = [],
            CoverLetterText = BlindReview.Text(a.CoverLetterText, c.Name),
            IdentityHidden = true,
        };
    }

    public static Task<List<OtherApplication>> OfCandidateAsync(AppDbContext db, Guid orgId, Guid candidateId, CancellationToken ct, StaffScope? scope = null) =>
        (from a in (scope is null ? db.Applications : StaffAccess.Applications(db, scope)).AsNoTracking()
         where a.OrganizationId == orgId && a.CandidateId == candidateId
         join j in db.Jobs on a.JobId equals j.Id
         orderby a.Id descending
         select new OtherApplication(a.Id, a.JobId, j.Title, a.CreatedAt)).ToListAsync(ct);

    /// <summary>The stored file of an application, found only within the organization.</summary>
    public static async Task<StoredFile?> FindFileAsync(AppDbContext db, Guid orgId, Guid applicationId, bool coverLetter, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == orgId, ct);
        return coverLetter ? application?.CoverLetterFile : application?.Resume;
    }

    static FileInfoDto? Describe(StoredFile? file, string url) =>
        file is null ? null : new FileInfoDto(file.FileName, file.ContentType, file.Length, file.Sha256, url);
}
