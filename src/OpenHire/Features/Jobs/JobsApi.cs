using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using OpenHire.Analysis.Lint;
using OpenHire.Analysis.Postings;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Careers;
using OpenHire.Infrastructure.Http;
using OpenHire.Infrastructure.Queue;

namespace OpenHire.Features.Jobs;

/// <summary>/api/v1/jobs: the organization's job postings, for API-key holders.</summary>
public static class JobsApi
{
    public static RouteGroupBuilder MapJobsApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapGet("/", List).WithName("ListJobs").RequireAccess(AccessRule.AnyStaff).WithSummary("List the organization's jobs, newest first").ProducesValidationProblem();
        jobs.MapPost("/", Create).WithName("CreateJob").WithSummary("Create a draft job").ProducesValidationProblem();
        jobs.MapPost("/import", Import).WithName("ImportJob")
            .WithSummary("Read a pasted posting (plain text, Markdown or HTML) into a draft job; nothing is stored")
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        jobs.MapGet("/{jobId:guid}", Get).WithName("GetJob").RequireAccess(AccessRule.ReadJob).WithSummary("Get one job").ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/{jobId:guid}/lint", Lint).WithName("LintJob").RequireAccess(AccessRule.ReadJob)
            .WithSummary("Check a job for missing pay transparency, equal-opportunity statement, coded wording and impossible requirements")
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapGet("/{jobId:guid}/markdown", Markdown).WithName("ExportJobMarkdown").RequireAccess(AccessRule.ReadJob).WithSummary("Export a job as Markdown")
            .Produces<string>(contentType: "text/markdown").ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPut("/{jobId:guid}", Update).WithName("UpdateJob").RequireAccess(AccessRule.ManageJob).WithSummary("Replace a job's content").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapDelete("/{jobId:guid}", Delete).WithName("DeleteJob").RequireAccess(AccessRule.ManageJob).WithSummary("Delete a job that never received an application").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/{jobId:guid}/publish", Publish).WithName("PublishJob").RequireAccess(AccessRule.ManageJob).WithSummary("Publish a job on the careers site").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/{jobId:guid}/unpublish", Unpublish).WithName("UnpublishJob").RequireAccess(AccessRule.ManageJob).WithSummary("Take a job off the careers site, back to draft").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/{jobId:guid}/close", Close).WithName("CloseJob").RequireAccess(AccessRule.ManageJob).WithSummary("Close a job: no more applications").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<Results<Ok<Page<JobResponse>>, ValidationProblem>> List(
        ClaimsPrincipal user, AppDbContext db, string? status, string? cursor, int? limit, CancellationToken ct)
    {
        Paging.TryParse(cursor, limit, out var after, out var take, out var errors);
        if (!EnumText.TryParse<JobStatus>(status, out var wantedStatus)) errors["status"] = EnumText.Expected<JobStatus>();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var page = await JobQueries.PageAsync(db, StaffScope.From(user), wantedStatus, after, take, ct);
        return TypedResults.Ok(new Page<JobResponse>(page.Items.Select(j => j.ToResponse()).ToList(), page.NextCursor));
    }

    static async Task<Results<Created<JobResponse>, ValidationProblem>> Create(
        JobInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, PublicJobCache cache, WorkQueue queue, CancellationToken ct)
    {
        var errors = JobValidator.Validate(input);
        if (errors.Count == 0) errors = await JobQueries.CheckHiringManagerAsync(db, user.OrganizationId(), input.HiringManagerId, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var now = clock.GetUtcNow();
        var job = new Job { OrganizationId = user.OrganizationId(), CreatedAt = now };
        await JobQueries.SaveAsync(db, cache, queue, job, input, StaffScope.From(user), now, ct);
        return TypedResults.Created($"/api/v1/jobs/{job.Id}", job.ToResponse());
    }

    /// <summary>A posting is a few kilobytes; the reader itself stops at a million characters.</summary>
    const long MaxImportBytes = 4 * 1024 * 1024;

    /// <summary>The text to import; the format is detected when left out.</summary>
    public sealed record ImportRequest(string? Text, PostingFormat? Format);

    static Results<Ok<JobImport>, ValidationProblem, ProblemHttpResult> Import(ImportRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Paste the posting's text, Markdown or HTML."] });
        var read = PostingReader.Read(request.Text, request.Format);
        return read.Status switch
        {
            PostingReadStatus.Read => TypedResults.Ok(PostingImport.FromRead(read)),
            PostingReadStatus.TooLong => Problems.TooLarge(string.Join(" ", read.Warnings)),
            _ => Problems.Result(StatusCodes.Status422UnprocessableEntity, string.Join(" ", read.Warnings)),
        };
    }

    static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> Get(Guid jobId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var job = await Find(db, user, jobId, ct);
        return job is null ? JobNotFound(jobId) : TypedResults.Ok(job.ToResponse());
    }

    /// <summary>What the linter found, most severe first.</summary>
    public sealed record JobLintResponse(IReadOnlyList<LintFinding> Findings);

    static async Task<Results<Ok<JobLintResponse>, ProblemHttpResult>> Lint(Guid jobId, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var job = await Find(db, user, jobId, ct);
        return job is null ? JobNotFound(jobId) : TypedResults.Ok(new JobLintResponse(JobLint.Check(job, clock.GetUtcNow())));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> Markdown(Guid jobId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var job = await Find(db, user, jobId, ct);
        if (job is null) return JobNotFound(jobId);
        var organization = await db.Organizations.Where(o => o.Id == job.OrganizationId).Select(o => o.Name).SingleAsync(ct);
        return TypedResults.Text(JobMarkdown.Render(job, organization), "text/markdown; charset=utf-8");
    }

    static async Task<Results<Ok<JobResponse>, ProblemHttpResult, ValidationProblem>> Update(
        Guid jobId, JobInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, PublicJobCache cache, WorkQueue queue, CancellationToken ct)
    {
        var errors = JobValidator.Validate(input);
        if (errors.Count == 0) errors = await JobQueries.CheckHiringManagerAsync(db, user.OrganizationId(), input.HiringManagerId, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var job = await Find(db, user, jobId, ct);
        if (job is null) return JobNotFound(jobId);
        await JobQueries.SaveAsync(db, cache, queue, job, input, StaffScope.From(user), clock.GetUtcNow(), ct);
        return TypedResults.Ok(job.ToResponse());
    }

    static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        Guid jobId, ClaimsPrincipal user, AppDbContext db, PublicJobCache cache, CancellationToken ct)
    {
        var job = await Find(db, user, jobId, ct);
        if (job is null) return JobNotFound(jobId);
        if (await db.Applications.AnyAsync(a => a.JobId == jobId, ct))
            return Problems.Conflict("The job has applications and cannot be deleted; close it instead.");
        db.Jobs.Remove(job);
        await db.SaveChangesAsync(ct);
        await cache.EvictAsync(job.OrganizationId, ct);
        return TypedResults.NoContent();
    }

    static Task<Results<Ok<JobResponse>, ProblemHttpResult>> Publish(
        Guid jobId, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, PublicJobCache cache, CancellationToken ct) =>
        ChangeState(jobId, user, db, cache, job => job.Publish(clock.GetUtcNow()), ct);

    static Task<Results<Ok<JobResponse>, ProblemHttpResult>> Unpublish(
        Guid jobId, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, PublicJobCache cache, CancellationToken ct) =>
        ChangeState(jobId, user, db, cache, job => job.Unpublish(clock.GetUtcNow()), ct);

    static Task<Results<Ok<JobResponse>, ProblemHttpResult>> Close(
        Guid jobId, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, PublicJobCache cache, CancellationToken ct) =>
        ChangeState(jobId, user, db, cache, job => job.Close(clock.GetUtcNow()), ct);

    static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> ChangeState(
        Guid jobId, ClaimsPrincipal user, AppDbContext db, PublicJobCache cache, Action<Job> change, CancellationToken ct)
    {
        var job = await Find(db, user, jobId, ct);
        if (job is null) return JobNotFound(jobId);
        var refused = await JobQueries.ChangeStateAsync(db, cache, job, change, ct);
        return refused is null ? TypedResults.Ok(job.ToResponse()) : Problems.Conflict(refused);
    }

    static Task<Job?> Find(AppDbContext db, ClaimsPrincipal user, Guid jobId, CancellationToken ct) =>
        JobQueries.FindAsync(db, user.OrganizationId(), jobId, ct);

    static ProblemHttpResult JobNotFound(Guid jobId) => Problems.NotFound($"No job {jobId} in this organization.");
}
