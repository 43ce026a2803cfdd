using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenHire.Data;

namespace OpenHire.Features.Accounts;

/// <summary>Authenticates "Authorization: Bearer ohk_…" as the organization that owns the key.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AppDbContext db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return AuthenticateResult.NoResult();
        if (!ApiKey.TryParse(header["Bearer ".Length..].Trim(), out var prefix, out var secret))
            return AuthenticateResult.Fail("The bearer token is not an OpenHire API key.");
        var key = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || key.RevokedAt is not null || !key.Matches(secret))
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        var identity = new ClaimsIdentity(
            [new Claim(OrganizationClaims.ClaimType, key.OrganizationId.ToString()), new Claim(ClaimTypes.Name, $"api-key:{key.Name}")],
            SchemeName);
        if (key.UserId is { } userId)
        {
            // A personal key is its member: their role as it is now, so a changed role or a removed member takes effect at once.
            var member = await (from u in db.Users.AsNoTracking()
                                where u.Id == userId && u.OrganizationId == key.OrganizationId
                                select new { u.DisplayName, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToList() })
                .SingleOrDefaultAsync(Context.RequestAborted);
            if (member is null) return AuthenticateResult.Fail("The API key's member no longer exists.");
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, userId.ToString()));
            identity.AddClaim(new Claim("display_name", member.DisplayName));
            foreach (var role in member.Roles) identity.AddClaim(new Claim(ClaimTypes.Role, role!));
        }
        else
        {
            // An organization-wide key acts as an admin: it is how integrations and the command line manage the organization.
            identity.AddClaim(new Claim(ClaimTypes.Role, Roles.Admin));
        }
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}

/// <summary>The organization a signed-in user or an API key acts for.</summary>
public static class OrganizationClaims
{
    public const string ClaimType = "org_id";

    public static Guid OrganizationId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimType) ?? throw new InvalidOperationException("The principal belongs to no organization."));
}
