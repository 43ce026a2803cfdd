using Microsoft.AspNetCore.Identity;

namespace OpenHire.Features.Accounts;

/// <summary>A staff member who signs in to the workspace of one organization.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid OrganizationId { get; set; }
    public string DisplayName { get; set; } = "";
}

/// <summary>Staff roles; each maps to an Identity role of the same name.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Recruiter = "recruiter";
    public static readonly string[] All = [Admin, Recruiter];
}
