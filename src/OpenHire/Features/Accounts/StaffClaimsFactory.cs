using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OpenHire.Features.Accounts;

/// <summary>Puts the user's organization into their sign-in cookie, so no request has to look it up.</summary>
public sealed class StaffClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OrganizationClaims.ClaimType, user.OrganizationId.ToString()));
        identity.AddClaim(new Claim("display_name", user.DisplayName));
        return identity;
    }
}
