using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;

namespace OpenHire.Features.Status;

/// <summary>
/// A candidate's private link to their application's status page. Only the SHA-256 of the token is
/// kept: the token itself exists only in the email that carried it. An application may have several
/// (every email that needs a link mints one); each of them opens the same page.
/// </summary>
public sealed class StatusLink
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid ApplicationId { get; init; }
    public required byte[] TokenHash { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

public static class StatusLinks
{
    /// <summary>Adds a new link for the application to the context (saved with the caller's change) and returns its token.</summary>
    public static string Mint(AppDbContext db, Guid orgId, Guid applicationId, DateTimeOffset now)
    {
        // 256 bits: not guessable, and the hash lookup needs no constant-time comparison.
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.Add(new StatusLink { OrganizationId = orgId, ApplicationId = applicationId, TokenHash = Hash(token), CreatedAt = now });
        return token;
    }

    /// <summary>The application a token opens, or null for a token nobody was given.</summary>
    public static async Task<(Guid OrganizationId, Guid ApplicationId)?> FindAsync(AppDbContext db, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length is < 40 or > 60) return null;
        var hash = Hash(token);
        var link = await db.Set<StatusLink>().AsNoTracking().Where(l => l.TokenHash == hash)
            .Select(l => new { l.OrganizationId, l.ApplicationId }).FirstOrDefaultAsync(ct);
        return link is null ? null : (link.OrganizationId, link.ApplicationId);
    }

    static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
