using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Fairness;

namespace OpenHire.Features.Candidates.Duplicates;

/// <summary>Why two candidate records look like one person.</summary>
public enum DuplicateReason
{
    SameEmail,
    SamePhone,
}

/// <summary>Another candidate of the organization that looks like the same person; under blind review, by alias only.</summary>
public sealed record DuplicateRef(Guid CandidateId, string Name, IReadOnlyList<DuplicateReason> Reasons);

/// <summary>A group of candidate records that look like one person.</summary>
public sealed record DuplicateGroup(IReadOnlyList<DuplicateRef> Candidates);

/// <summary>
/// Finds candidate records of one organization that share a mailbox (<see cref="CandidateIdentity.MatchEmail"/>)
/// or an E.164 phone number. Merged-away records are never offered again.
/// </summary>
public static class CandidateDuplicates
{
    /// <summary>The other records that look like this candidate.</summary>
    public static async Task<List<DuplicateRef>> OfAsync(AppDbContext db, Guid orgId, Candidate candidate, CancellationToken ct)
    {
        var rows = await db.Candidates.AsNoTracking()
            .Where(c => c.OrganizationId == orgId && c.Id != candidate.Id && c.MergedIntoId == null
                && ((c.MatchEmail == candidate.MatchEmail && c.MatchEmail != "") || (candidate.NormalizedPhone != null && c.NormalizedPhone == candidate.NormalizedPhone)))
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.MatchEmail, c.NormalizedPhone }).ToListAsync(ct);
        var hidden = await BlindReview.HiddenCandidatesAsync(db, orgId, [.. rows.Select(r => r.Id)], ct);
        return [.. rows.Select(r => new DuplicateRef(r.Id, hidden.Contains(r.Id) ? BlindReview.Alias(r.Id) : r.Name,
            Reasons(r.MatchEmail == candidate.MatchEmail, r.NormalizedPhone != null && r.NormalizedPhone == candidate.NormalizedPhone)))];
    }

    /// <summary>Every group of look-alike records in the organization, the newest groups first, at most <paramref name="take"/>.</summary>
    public static async Task<List<DuplicateGroup>> GroupsAsync(AppDbContext db, Guid orgId, int take, CancellationToken ct)
    {
        var active = db.Candidates.AsNoTracking().Where(c => c.OrganizationId == orgId && c.MergedIntoId == null);
        var emails = await active.Where(c => c.MatchEmail != "").GroupBy(c => c.MatchEmail).Where(g => g.Count() > 1).Select(g => g.Key).Take(take).ToListAsync(ct);
        var phones = await active.Where(c => c.NormalizedPhone != null).GroupBy(c => c.NormalizedPhone).Where(g => g.Count() > 1)
            .Select(g => g.Key!).Take(take).ToListAsync(ct);
        var rows = await active.Where(c => (c.MatchEmail != "" && emails.Contains(c.MatchEmail)) || (c.NormalizedPhone != null && phones.Contains(c.NormalizedPhone)))
            .Select(c => new { c.Id, c.Name, c.MatchEmail, c.NormalizedPhone }).ToListAsync(ct);
        var hidden = await BlindReview.HiddenCandidatesAsync(db, orgId, [.. rows.Select(r => r.Id)], ct);

        // Records joined by email or by phone form one group: union-find over the two keys.
        var parent = rows.ToDictionary(r => r.Id, r => r.Id);
        Guid Find(Guid id) => parent[id] == id ? id : parent[id] = Find(parent[id]);
        foreach (var group in rows.GroupBy(r => r.MatchEmail).Concat(rows.Where(r => r.NormalizedPhone != null).GroupBy(r => r.NormalizedPhone!)))
        {
            var first = Find(group.First().Id);
            foreach (var r in group.Skip(1)) parent[Find(r.Id)] = first;
        }
        return [.. rows.GroupBy(r => Find(r.Id))
            .Where(g => g.Count() > 1)
            .OrderByDescending(g => g.Max(r => r.Id))
            .Take(take)
            .Select(g => new DuplicateGroup([.. g.OrderBy(r => r.Id).Select(r => new DuplicateRef(r.Id, hidden.Contains(r.Id) ? BlindReview.Alias(r.Id) : r.Name,
                Reasons(g.Count(o => o.MatchEmail == r.MatchEmail) > 1, r.NormalizedPhone != null && g.Count(o => o.NormalizedPhone == r.NormalizedPhone) > 1)))]))];
    }

    static List<DuplicateReason> Reasons(bool email, bool phone) =>
        [.. new[] { (email, DuplicateReason.SameEmail), (phone, DuplicateReason.SamePhone) }.Where(x => x.Item1).Select(x => x.Item2)];
}
