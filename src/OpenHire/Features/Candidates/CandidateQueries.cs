using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;

namespace OpenHire.Features.Candidates;

/// <summary>Reads an organization's candidates, shared by the API and the workspace.</summary>
public static class CandidateQueries
{
    /// <summary>One page of candidates, newest first, optionally only the one with <paramref name="email"/>.</summary>
    public static async Task<Page<Candidate>> PageAsync(AppDbContext db, StaffScope scope, string? email, Guid? after, int take, CancellationToken ct)
    {
        var query = StaffAccess.Candidates(db, scope).AsNoTracking();
        if (!string.IsNullOrWhiteSpace(email))
        {
            var normalized = Candidate.Normalize(email);
            query = query.Where(c => c.NormalizedEmail == normalized);
        }
        if (after is { } cursor) query = query.Where(c => c.Id < cursor);
        var rows = await query.OrderByDescending(c => c.Id).Take(take + 1).ToListAsync(ct);
        return Paging.ToPage(rows, take, c => c.Id, c => c);
    }
}
