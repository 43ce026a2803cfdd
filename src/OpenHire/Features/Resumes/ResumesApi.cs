using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenHire.Analysis.Resumes.JsonResume;
using OpenHire.Analysis.Resumes.Profile;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Fairness;
using OpenHire.Infrastructure.Queue;

namespace OpenHire.Features.Resumes;

/// <summary>Parsed profiles, their corrections, fit scores, and JSON Resume export and import.</summary>
public static class ResumesApi
{
    /// <summary>A JSON Resume document is a few kilobytes; this leaves room for long work histories.</summary>
    const long MaxImportBytes = 1024 * 1024;

    public static RouteGroupBuilder MapResumesApi(this RouteGroupBuilder api)
    {
        var profiles = api.MapGroup("/applications/{applicationId:guid}").WithTags("Resumes");
        profiles.MapGet("/profile", Get).WithName("GetProfile").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("The resume as read (status, parsed profile), the recruiters' corrections, the profile with them applied, and the fit score with its reasons")
            .ProducesProblem(StatusCodes.Status404NotFound);
        profiles.MapPut("/profile/corrections", Correct).WithName("CorrectProfile").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Replace the corrections of the parsed profile; fields left out keep the parsed values and a re-read never overwrites them")
            .ProducesProblem(StatusCodes.Status404NotFound);
        profiles.MapDelete("/profile/corrections", Uncorrect).WithName("ClearProfileCorrections").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Drop all corrections and go back to the parsed profile").ProducesProblem(StatusCodes.Status404NotFound);
        profiles.MapPost("/resume/read", Reread).WithName("RereadResume").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Read the resume again in the background (corrections are kept)").ProducesProblem(StatusCodes.Status404NotFound);
        profiles.MapGet("/profile/json-resume", Export).WithName("ExportJsonResume").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("The corrected profile as a JSON Resume document (jsonresume.org schema)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/jobs/{jobId:guid}/applications/import", Import).WithTags("Resumes").WithName("ImportJsonResume").RequireAccess(AccessRule.ManageJob)
            .WithSummary("Add a candidate to a job from a JSON Resume document; the profile is scored at once and no email is sent")
            .Accepts<object>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    static async Task<Results<Ok<ProfileView>, ProblemHttpResult>> Get(Guid applicationId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await ResumeProfiles.GetAsync(db, user.OrganizationId(), applicationId, ct) is { } view ? TypedResults.Ok(view) : NotFound(applicationId);

    static Task<Results<Ok<ProfileView>, ProblemHttpResult>> Correct(
        Guid applicationId, ProfileCorrection correction, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        SaveCorrectionAsync(applicationId, correction, user, db, clock, ct);

    static Task<Results<Ok<ProfileView>, ProblemHttpResult>> Uncorrect(
        Guid applicationId, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        SaveCorrectionAsync(applicationId, null, user, db, clock, ct);

    static async Task<Results<Ok<ProfileView>, ProblemHttpResult>> SaveCorrectionAsync(
        Guid applicationId, ProfileCorrection? correction, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var orgId = user.OrganizationId();
        // Under blind review the reviewer cannot see what they would be correcting.
        if (await BlindReview.HidesAsync(db, orgId, applicationId, ct))
            return Problems.Conflict("Blind review hides this candidate: reveal the identity before correcting the profile.");
        return await ResumeProfiles.CorrectAsync(db, orgId, applicationId, correction, clock.GetUtcNow(), ct) is { } view
            ? TypedResults.Ok(view) : NotFound(applicationId);
    }

    static async Task<Results<Accepted, ProblemHttpResult>> Reread(
        Guid applicationId, ClaimsPrincipal user, AppDbContext db, WorkQueue queue, CancellationToken ct) =>
        await ResumeProfiles.RereadAsync(db, queue, user.OrganizationId(), applicationId, ct)
            ? TypedResults.Accepted($"/api/v1/applications/{applicationId}/profile")
            : Problems.NotFound($"Application {applicationId} has no resume in this organization.");

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Export(Guid applicationId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var view = await ResumeProfiles.GetAsync(db, user.OrganizationId(), applicationId, ct);
        if (view is null) return NotFound(applicationId);
        if (view.Profile is null) return Problems.Conflict($"The resume of application {applicationId} has not been read ({view.Status.ToString().ToLowerInvariant()}).");
        return TypedResults.Text(JsonResumeConverter.ToJson(view.Profile), "application/json; charset=utf-8");
    }

    static async Task<Results<Created<ApplicationsApi.ApplicationReceipt>, ProblemHttpResult>> Import(
        Guid jobId, HttpRequest request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var orgId = user.OrganizationId();
        var job = await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct);
        if (job is null) return Problems.NotFound($"No job {jobId} in this organization.");
        if (request.ContentLength > MaxImportBytes) return Problems.TooLarge($"A JSON Resume document may be at most {MaxImportBytes / 1024} KB.");
        var body = await BodyText.ReadAsync(request, MaxImportBytes, ct);
        if (body is null) return Problems.TooLarge($"A JSON Resume document may be at most {MaxImportBytes / 1024} KB.");
        var outcome = await ResumeImport.ImportAsync(db, job, body, clock.GetUtcNow(), ct);
        return outcome.Application is { } a
            ? TypedResults.Created($"/api/v1/applications/{a.Id}", new ApplicationsApi.ApplicationReceipt(a.Id, a.JobId, a.CandidateId, a.CreatedAt))
            : Problems.Result(outcome.Status, outcome.Problem!);
    }

    static ProblemHttpResult NotFound(Guid applicationId) => Problems.NotFound($"No application {applicationId} in this organization.");
}
