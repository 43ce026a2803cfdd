using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OpenHire.Analysis.Fairness;
using OpenHire.Data;

namespace OpenHire.Features.Fairness;

/// <summary>
/// Blind review: while an organization has it on, every view of an application — workspace and
/// API alike — shows an alias instead of the candidate, without contact details, address, links,
/// graduation years or gendered words, until someone reveals the identity on that application.
/// Fit scores never see identity either way (the scorer reads none of it).
/// </summary>
public static class BlindReview
{
    public static Task<bool> IsOnAsync(AppDbContext db, Guid orgId, CancellationToken ct) =>
        db.Organizations.Where(o => o.Id == orgId).Select(o => o.BlindReview).SingleAsync(ct);

    /// <summary>Whether reviewers must not see who applied.</summary>
    public static bool Hides(bool blindReviewOn, DateTimeOffset? revealedAt) => blindReviewOn && revealedAt is null;

    /// <summary>Whether blind review hides who sent this application (false when there is no such application).</summary>
    public static async Task<bool> HidesAsync(AppDbContext db, Guid orgId, Guid applicationId, CancellationToken ct) =>
        await IsOnAsync(db, orgId, ct)
        && await db.Applications.AnyAsync(a => a.Id == applicationId && a.OrganizationId == orgId && a.IdentityRevealedAt == null, ct);

    /// <summary>Of these candidates, the ones blind review hides: all of them unless one of their applications was revealed.</summary>
    public static async Task<HashSet<Guid>> HiddenCandidatesAsync(AppDbContext db, Guid orgId, IReadOnlyCollection<Guid> candidateIds, CancellationToken ct)
    {
        if (!await IsOnAsync(db, orgId, ct)) return [];
        var revealed = await db.Applications
            .Where(a => a.OrganizationId == orgId && candidateIds.Contains(a.CandidateId) && a.IdentityRevealedAt != null)
            .Select(a => a.CandidateId).Distinct().ToListAsync(ct);
        return [.. candidateIds.Except(revealed)];
    }

    /// <summary>A stable stand-in name: the random tail of the candidate's id, never their own name.</summary>
    public static string Alias(Guid candidateId) => "Candidate " + candidateId.ToString("N")[^6..].ToUpperInvariant();

    public static string? Text(string? text, string candidateName) =>
        text is null ? null : IdentityRedactor.RedactText(text, [candidateName]);

    /// <summary>Ends blind review for one application; false when there is no such application.</summary>
    public static async Task<bool> RevealAsync(AppDbContext db, Guid orgId, Guid applicationId, ClaimsPrincipal by, DateTimeOffset now, CancellationToken ct)
    {
        var application = await db.Applications.SingleOrDefaultAsync(a => a.Id == applicationId && a.OrganizationId == orgId, ct);
        if (application is null) return false;
        if (application.IdentityRevealedAt is null)
        {
            application.IdentityRevealedAt = now;
            application.IdentityRevealedBy = by.Identity?.Name ?? "unknown";
            await db.SaveChangesAsync(ct);
        }
        return true;
    }
}
