using OpenHire.Data;

namespace OpenHire.Features.Accounts;

/// <summary>What an endpoint needs from the caller; endpoints that say nothing need an organization-wide role.</summary>
public enum AccessRule
{
    /// <summary>Admins (and organization-wide API keys): the team, keys and settings.</summary>
    Admin,

    /// <summary>Admins and recruiters: the default.</summary>
    OrganizationWide,

    /// <summary>Any staff member; the endpoint narrows what it lists through <see cref="StaffAccess"/>.</summary>
    AnyStaff,

    /// <summary>Whoever may read the job in the route ("jobId").</summary>
    ReadJob,

    /// <summary>Whoever manages the job in the route: organization-wide roles and its hiring manager.</summary>
    ManageJob,

    /// <summary>Whoever may read the candidate in the route ("candidateId").</summary>
    ReadCandidate,

    /// <summary>Whoever may read the application in the route ("applicationId", or the one of "interviewId").</summary>
    ReadApplication,

    /// <summary>Whoever manages the application's job.</summary>
    ManageApplication,
}

public sealed record AccessRequirement(AccessRule Rule);

/// <summary>
/// Checks every endpoint of a group against its <see cref="AccessRequirement"/> before the handler
/// runs: 404 when the job or application is none of the caller's business, 403 when they may see
/// it but not do this.
/// </summary>
public static class AccessRules
{
    public static TBuilder RequireAccess<TBuilder>(this TBuilder builder, AccessRule rule) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessRequirement(rule));

    /// <summary>Adds the check to every endpoint of <paramref name="group"/>.</summary>
    public static RouteGroupBuilder EnforceStaffAccess(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var problem = await CheckAsync(context.HttpContext);
            return problem ?? await next(context);
        });
        return group;
    }

    static async Task<IResult?> CheckAsync(HttpContext http)
    {
        var rule = http.GetEndpoint()?.Metadata.GetMetadata<AccessRequirement>()?.Rule ?? AccessRule.OrganizationWide;
        var scope = StaffScope.From(http.User);
        var db = http.RequestServices.GetRequiredService<AppDbContext>();
        var ct = http.RequestAborted;
        var route = http.Request.RouteValues;
        switch (rule)
        {
            case AccessRule.Admin:
                return scope.IsAdmin ? null : Forbidden("Only admins may do this.");
            case AccessRule.OrganizationWide:
                return scope.IsOrganizationWide ? null : Forbidden("Only admins and recruiters may do this.");
            case AccessRule.AnyStaff:
                return null;
            case AccessRule.ReadJob or AccessRule.ManageJob:
                if (!TryGuid(route, "jobId", out var jobId)) return null;
                return Answer(await StaffAccess.JobAsync(db, scope, jobId, rule == AccessRule.ManageJob, ct), "job", jobId);
            case AccessRule.ReadCandidate:
                if (!TryGuid(route, "candidateId", out var candidateId)) return null;
                return Answer(await StaffAccess.CandidateAsync(db, scope, candidateId, ct), "candidate", candidateId);
            default:
                Guid applicationId;
                if (TryGuid(route, "interviewId", out var interviewId))
                {
                    if (await StaffAccess.ApplicationOfInterviewAsync(db, scope, interviewId, ct) is not { } owner)
                        return Problems.NotFound($"No interview {interviewId} in this organization.");
                    applicationId = owner;
                }
                else if (!TryGuid(route, "applicationId", out applicationId)) return null;
                return Answer(await StaffAccess.ApplicationAsync(db, scope, applicationId, rule == AccessRule.ManageApplication, ct), "application", applicationId);
        }
    }

    static IResult? Answer(AccessDecision decision, string what, Guid id) => decision switch
    {
        AccessDecision.Allowed => null,
        AccessDecision.Forbidden => Forbidden($"You may read this {what} but not change it."),
        _ => Problems.NotFound($"No {what} {id} in this organization."),
    };

    static IResult Forbidden(string detail) => Problems.Result(StatusCodes.Status403Forbidden, detail);

    static bool TryGuid(RouteValueDictionary route, string name, out Guid id)
    {
        id = Guid.Empty;
        return route.TryGetValue(name, out var value) && Guid.TryParse(value?.ToString(), out id);
    }
}
