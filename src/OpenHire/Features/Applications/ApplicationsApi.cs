using OpenHire.Infrastructure.RateLimiting;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Careers;
using OpenHire.Features.Fairness;
using OpenHire.Features.Resumes;
using OpenHire.Infrastructure.Storage;

namespace OpenHire.Features.Applications;

/// <summary>Applying (public) and reading applications (API key).</summary>
public static class ApplicationsApi
{
    /// <summary>Two 10 MB documents plus the form fields.</summary>
    public const long MaxRequestBytes = 2 * DocumentCheck.MaxBytes + 1024 * 1024;

    public sealed record ApplicationReceipt(Guid Id, Guid JobId, Guid CandidateId, DateTimeOffset CreatedAt);

    public static RouteGroupBuilder MapPublicApplicationsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/job-board/{slug}/jobs/{jobId:guid}/applications", Apply)
            .WithTags("Job board").WithName("Apply").WithSummary("Apply to an open job (multipart form with a resume)")
            .WithDescription("Fields: name, email, phone, location, links (repeatable), consent=true, resume (PDF, DOCX or TXT, at most 10 MB), and either cover_letter (file) or cover_letter_text.")
            .Accepts<ApplyForm>("multipart/form-data")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimitRegistration.ApplyPolicy)
            .DisableAntiforgery();
        return api;
    }

    public static RouteGroupBuilder MapApplicationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/jobs/{jobId:guid}/applications", ListForJob).WithTags("Applications")
            .WithName("ListJobApplications").RequireAccess(AccessRule.ManageJob).WithSummary("List a job's applicants, sorted by date, fit or name, filtered by skills, stage, source, tags and date")
            .WithDescription("sort=newest|oldest|fit|name (not name under blind review); source=careers|import; tag=<name> (repeatable: all of them); applied_from, applied_to=yyyy-mm-dd (UTC, inclusive); stage=<stage id> (see GET /jobs/{id}/pipeline); status=active|rejected|withdrawn; must_have=kafka (repeatable); min_years=python:5 (repeatable). Skills match through the taxonomy: k8s is Kubernetes, and EKS experience counts toward Kubernetes.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        var applications = api.MapGroup("/applications").WithTags("Applications");
        applications.MapGet("/{applicationId:guid}", Get).WithName("GetApplication").RequireAccess(AccessRule.ReadApplication).WithSummary("Get an application with its candidate and documents").ProducesProblem(StatusCodes.Status404NotFound);
        applications.MapGet("/{applicationId:guid}/resume", (Guid applicationId, ClaimsPrincipal user, AppDbContext db, IBlobStore blobs, CancellationToken ct) =>
                Download(applicationId, coverLetter: false, user, db, blobs, ct))
            .WithName("DownloadResume").RequireAccess(AccessRule.ReadApplication).WithSummary("Download the resume as uploaded").ProducesProblem(StatusCodes.Status404NotFound);
        applications.MapGet("/{applicationId:guid}/cover-letter", (Guid applicationId, ClaimsPrincipal user, AppDbContext db, IBlobStore blobs, CancellationToken ct) =>
                Download(applicationId, coverLetter: true, user, db, blobs, ct))
            .WithName("DownloadCoverLetter").RequireAccess(AccessRule.ReadApplication).WithSummary("Download the cover letter file, when one was uploaded").ProducesProblem(StatusCodes.Status404NotFound);
        applications.MapPost("/{applicationId:guid}/reveal", Reveal).WithName("RevealIdentity").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("End blind review for this application: who applied becomes visible, and who revealed it is recorded")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    /// <summary>The multipart fields, described for the OpenAPI document.</summary>
    public sealed record ApplyForm(
        string Name, string Email, string? Phone, string? Location, string[]? Links, bool Consent,
        IFormFile? Resume, IFormFile? CoverLetter, string? CoverLetterText);

    static async Task<Results<Created<ApplicationReceipt>, ProblemHttpResult, ValidationProblem>> Apply(
        string slug, Guid jobId, HttpRequest request, AppDbContext db, ApplicationSubmitter submitter, TimeProvider clock, CancellationToken ct)
    {
        var org = await JobBoard.FindOrganizationAsync(db, slug, ct);
        var job = org is null ? null : await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobId && j.OrganizationId == org.Id, ct);
        if (org is null || job is null) return Problems.NotFound($"No job {jobId} on careers site \"{slug}\".");
        if (!job.IsOpen(clock.GetUtcNow()))
            return Problems.Conflict($"\"{job.Title}\" is not accepting applications.");
        var (form, formProblem) = await FormReader.ReadAsync(request, ApplicationsApi.MaxRequestBytes, ct);
        if (form is null) return formProblem!;
        var outcome = await submitter.SubmitAsync(org, job, ApplicationForm.From(form), ct);
        return outcome switch
        {
            { Application: { } a } => TypedResults.Created($"/api/v1/applications/{a.Id}", new ApplicationReceipt(a.Id, a.JobId, a.CandidateId, a.CreatedAt)),
            { Status: StatusCodes.Status400BadRequest } => TypedResults.ValidationProblem(outcome.Errors, outcome.Problem),
            _ => TypedResults.Problem(outcome.Problem, statusCode: outcome.Status, extensions: outcome.Errors.ToDictionary(e => e.Key, e => (object?)e.Value)),
        };
    }

    static async Task<Results<Ok<Page<ApplicationSummary>>, ProblemHttpResult, ValidationProblem>> ListForJob(
        Guid jobId, string? cursor, int? limit, string? sort, [FromQuery(Name = "must_have")] string[]? mustHave,
        [FromQuery(Name = "min_years")] string[]? minYears, string? stage, string? status, string? source, [FromQuery(Name = "tag")] string[]? tags,
        [FromQuery(Name = "applied_from")] string? appliedFrom, [FromQuery(Name = "applied_to")] string? appliedTo,
        ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        Paging.TryParse(null, limit, out _, out var take, out var errors);
        var filter = ApplicantFilter.TryParse(sort, mustHave, minYears, errors, stage, status, source, tags, appliedFrom, appliedTo);
        if (filter is null) return TypedResults.ValidationProblem(errors);
        var orgId = user.OrganizationId();
        if (filter.Sort == ApplicantSort.Name && await BlindReview.IsOnAsync(db, orgId, ct))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sort"] = [ApplicantFilter.NameHiddenProblem] });
        if (!await db.Jobs.AnyAsync(j => j.Id == jobId && j.OrganizationId == orgId, ct))
            return Problems.NotFound($"No job {jobId} in this organization.");
        var page = await ApplicationQueries.PageForJobAsync(db, orgId, jobId, filter, cursor, take, ct);
        return page is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = ["The cursor is not one this API returned for this order; start again without it."] })
            : TypedResults.Ok(page);
    }

    static async Task<Results<Ok<ApplicationDetail>, ProblemHttpResult>> Get(Guid applicationId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var detail = await ApplicationQueries.GetAsync(db, user.OrganizationId(), applicationId, ct, StaffScope.From(user));
        return detail is null ? Problems.NotFound($"No application {applicationId} in this organization.") : TypedResults.Ok(detail);
    }

    static async Task<Results<Ok<ApplicationDetail>, ProblemHttpResult>> Reveal(
        Guid applicationId, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        if (!await BlindReview.RevealAsync(db, user.OrganizationId(), applicationId, user, clock.GetUtcNow(), ct))
            return Problems.NotFound($"No application {applicationId} in this organization.");
        return TypedResults.Ok((await ApplicationQueries.GetAsync(db, user.OrganizationId(), applicationId, ct))!);
    }

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> Download(
        Guid applicationId, bool coverLetter, ClaimsPrincipal user, AppDbContext db, IBlobStore blobs, CancellationToken ct)
    {
        if (await BlindReview.HidesAsync(db, user.OrganizationId(), applicationId, ct))
            return Problems.Result(StatusCodes.Status403Forbidden, "Blind review hides this candidate: the original files can be downloaded once the identity is revealed.");
        var file = await ApplicationQueries.FindFileAsync(db, user.OrganizationId(), applicationId, coverLetter, ct);
        var stream = file is null ? null : await blobs.OpenReadAsync(file.StorageKey, ct);
        if (file is null || stream is null)
            return Problems.NotFound($"Application {applicationId} has no {(coverLetter ? "cover letter file" : "resume")} in this organization.");
        return TypedResults.File(stream, file.ContentType, file.FileName);
    }
}
