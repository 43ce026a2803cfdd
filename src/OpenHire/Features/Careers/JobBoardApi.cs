using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenHire.Data;
using OpenHire.Infrastructure.RateLimiting;
using OpenHire.Features.Jobs;

namespace OpenHire.Features.Careers;

/// <summary>/api/v1/job-board/{slug}: the public, unauthenticated view of an organization's open jobs.</summary>
public static class JobBoardApi
{
    public static RouteGroupBuilder MapJobBoardApi(this RouteGroupBuilder api)
    {
        var board = api.MapGroup("/job-board/{slug}").WithTags("Job board").RequireRateLimiting(RateLimitRegistration.PublicPolicy);
        board.MapGet("/jobs", List).WithName("ListOpenJobs").WithSummary("List an organization's open jobs, with filters, newest first")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound)
            .CacheOutput(PublicJobCache.Policy);
        board.MapGet("/jobs/{jobId:guid}", Get).WithName("GetOpenJob").WithSummary("Get one open job with every section")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .CacheOutput(PublicJobCache.Policy);
        return api;
    }

    /// <summary>A job as it appears in a list.</summary>
    public sealed record JobSummary(
        Guid Id, string Title, string? Department, IReadOnlyList<JobLocationDto> Locations,
        WorkplaceType WorkplaceType, EmploymentType EmploymentType, SalaryDto? Salary, DateTimeOffset? PublishedAt, string Url);

    static async Task<Results<Ok<Page<JobSummary>>, ProblemHttpResult, ValidationProblem>> List(
        string slug, string? q, string? location, [FromQuery(Name = "workplace_type")] string? workplaceType, string? department,
        [FromQuery(Name = "employment_type")] string? employmentType,
        string? cursor, int? limit, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        Paging.TryParse(cursor, limit, out var after, out var take, out var errors);
        if (!EnumText.TryParse<WorkplaceType>(workplaceType, out var workplace)) errors["workplace_type"] = EnumText.Expected<WorkplaceType>();
        if (!EnumText.TryParse<EmploymentType>(employmentType, out var employment)) errors["employment_type"] = EnumText.Expected<EmploymentType>();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var org = await JobBoard.FindOrganizationAsync(db, slug, ct);
        if (org is null) return Problems.NotFound($"No careers site \"{slug}\".");
        var jobs = await JobBoard.OpenJobsAsync(db, org.Id, clock.GetUtcNow(), ct);
        var rows = JobBoard.Filter(jobs, new(q, location, workplace, department, employment))
            .Where(j => after is null || j.Id < after.Value).Take(take + 1).ToList();
        return TypedResults.Ok(Paging.ToPage(rows, take, j => j.Id, j => new JobSummary(
            j.Id, j.Title, j.Department, j.Locations.Select(l => new JobLocationDto(l.City, l.Region, l.Country)).ToList(),
            j.WorkplaceType, j.EmploymentType, j.ToInput().Salary, j.PublishedAt, $"/careers/{org.Slug}/jobs/{j.Id}")));
    }

    static async Task<Results<Ok<JobResponse>, ProblemHttpResult>> Get(
        string slug, Guid jobId, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var org = await JobBoard.FindOrganizationAsync(db, slug, ct);
        var job = org is null ? null : await JobBoard.FindOpenJobAsync(db, org.Id, jobId, clock.GetUtcNow(), ct);
        return job is null
            ? Problems.NotFound($"No open job {jobId} on careers site \"{slug}\".")
            : TypedResults.Ok(job.ToResponse());
    }
}
