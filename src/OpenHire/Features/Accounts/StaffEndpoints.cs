using Microsoft.AspNetCore.Identity;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Jobs;
using OpenHire.Features.Resumes;
using OpenHire.Infrastructure.Storage;

namespace OpenHire.Features.Accounts;

/// <summary>Workspace actions that are plain HTTP rather than pages: sign-out and document downloads and exports.</summary>
public static class StaffEndpoints
{
    public static void MapStaffEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", async (SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return TypedResults.Redirect("/login");
        }).ExcludeFromDescription();

        app.MapGroup("").EnforceStaffAccess()
            .MapGet("/staff/jobs/{jobId:guid}/markdown", (Guid jobId, HttpContext http, AppDbContext db, CancellationToken ct) => JobsApi.Markdown(jobId, http.User, db, ct))
            .RequireAuthorization(AccountsRegistration.StaffPolicy).RequireAccess(AccessRule.ReadJob).ExcludeFromDescription();

        var staff = app.MapGroup("/staff/applications/{applicationId:guid}").RequireAuthorization(AccountsRegistration.StaffPolicy).ExcludeFromDescription()
            .EnforceStaffAccess().RequireAccess(AccessRule.ReadApplication);
        staff.MapGet("/resume", (Guid applicationId, HttpContext http, AppDbContext db, IBlobStore blobs, CancellationToken ct) =>
            ApplicationsApi.Download(applicationId, coverLetter: false, http.User, db, blobs, ct));
        staff.MapGet("/cover-letter", (Guid applicationId, HttpContext http, AppDbContext db, IBlobStore blobs, CancellationToken ct) =>
            ApplicationsApi.Download(applicationId, coverLetter: true, http.User, db, blobs, ct));
        staff.MapGet("/json-resume", (Guid applicationId, HttpContext http, AppDbContext db, CancellationToken ct) =>
            ResumesApi.Export(applicationId, http.User, db, ct));
    }
}
