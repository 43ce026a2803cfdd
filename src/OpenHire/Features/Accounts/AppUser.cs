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

    /// <summary>Works on the jobs whose hiring manager they are, and nothing else.</summary>
    public const string HiringManager = "hiring_manager";

    /// <summary>Sees only the applications they interview, and their own scorecards until submitted.</summary>
    public const string Interviewer = "interviewer";

    public static readonly string[] All = [Admin, Recruiter, HiringManager, Interviewer];

    /// <summary>Roles that see and change everything in the organization's hiring.</summary>
    public static readonly string[] OrganizationWide = [Admin, Recruiter];

    public static string Label(string role) => role switch
    {
        Admin => "Admin",
        Recruiter => "Recruiter",
        HiringManager => "Hiring manager",
        Interviewer => "Interviewer",
        _ => role,
    };
}
