using Microsoft.EntityFrameworkCore;
using OpenHire.Data;

namespace OpenHire.Features.Candidates;

/// <summary>One candidate per email per organization, however they arrive.</summary>
public static class CandidateDirectory
{
    /// <summary>
    /// The organization's candidate with <paramref name="newcomer"/>'s email, adding the newcomer when
    /// there is none. Runs inside the caller's transaction; a concurrent insert of the same email is
    /// settled by the unique index, and the loser reads the winner's row.
    /// </summary>
    public static async Task<Candidate> FindOrAddAsync(AppDbContext db, Candidate newcomer, CancellationToken ct)
    {
        var existing = await db.Candidates.SingleOrDefaultAsync(
            c => c.OrganizationId == newcomer.OrganizationId && c.NormalizedEmail == newcomer.NormalizedEmail, ct);
        if (existing is not null) return await FollowMergeAsync(db, existing, ct);
        db.Candidates.Add(newcomer);
        try
        {
            // Inside the transaction EF wraps this in a savepoint, so losing the race undoes only this insert.
            await db.SaveChangesAsync(ct);
            return newcomer;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.Entry(newcomer).State = EntityState.Detached;
            return await FollowMergeAsync(db, await db.Candidates.SingleAsync(
                c => c.OrganizationId == newcomer.OrganizationId && c.NormalizedEmail == newcomer.NormalizedEmail, ct), ct);
        }
    }

    /// <summary>A record merged into another stands for that other one: new applications go to the person kept.</summary>
    static async Task<Candidate> FollowMergeAsync(AppDbContext db, Candidate candidate, CancellationToken ct)
    {
        while (candidate.MergedIntoId is { } kept)
            candidate = await db.Candidates.SingleAsync(c => c.Id == kept && c.OrganizationId == candidate.OrganizationId, ct);
        return candidate;
    }
}
