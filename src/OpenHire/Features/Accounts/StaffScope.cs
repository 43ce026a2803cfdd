using System.Security.Claims;

namespace OpenHire.Features.Accounts;

/// <summary>
/// Who is asking, as access rules need it: the organization, the staff member (null for an
/// organization-wide API key) and their role. Built from the signed-in user or the API key.
/// </summary>
public sealed record StaffScope(Guid OrganizationId, Guid? UserId, string Role)
{
    /// <summary>Admins, recruiters and organization-wide API keys see all of the organization's hiring.</summary>
    public bool IsOrganizationWide => Role is Roles.Admin or Roles.Recruiter;

    public bool IsAdmin => Role == Roles.Admin;

    public static StaffScope From(ClaimsPrincipal user)
    {
        var userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        // One role per member; the most powerful wins should a member ever hold two.
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? Roles.Interviewer;
        return new(user.OrganizationId(), userId, role);
    }
}
