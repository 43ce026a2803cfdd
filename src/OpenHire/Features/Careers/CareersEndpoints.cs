using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Components;
using OpenHire.Features.Careers.Pages;

namespace OpenHire.Features.Careers;

/// <summary>The careers site's form post: same submission as the API, answered with pages instead of JSON.</summary>
public static class CareersEndpoints
{
    public static void MapCareersEndpoints(this IEndpointRouteBuilder app)
    {
        // Anonymous and without ambient authority, so there is nothing for a cross-site request to abuse.
        app.MapPost("/careers/{slug}/jobs/{jobId:guid}/applications", Apply)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(ApplicationsApi.MaxRequestBytes))
            .RequireRateLimiting(OpenHire.Infrastructure.RateLimiting.RateLimitRegistration.ApplyPolicy)
            .DisableAntiforgery().ExcludeFromDescription();
    }

    static async Task<IResult> Apply(string slug, Guid jobId, HttpRequest request, AppDbContext db, ApplicationSubmitter submitter, TimeProvider clock, CancellationToken ct)
    {
        var org = await JobBoard.FindOrganizationAsync(db, slug, ct);
        var job = org is null ? null : await JobBoard.FindOpenJobAsync(db, org.Id, jobId, clock.GetUtcNow(), ct);
        if (org is null || job is null) return Page(slug, jobId, null, null, null, StatusCodes.Status404NotFound);
        var (form, problem) = await FormReader.ReadAsync(request, ApplicationsApi.MaxRequestBytes, ct);
        if (form is null) return Page(slug, jobId, null, null, problem!.ProblemDetails.Detail, problem.StatusCode);
        var application = ApplicationForm.From(form);
        var outcome = await submitter.SubmitAsync(org, job, application, ct);
        return outcome.Application is not null
            ? TypedResults.Redirect($"/careers/{org.Slug}/jobs/{job.Id}/applied")
            : Page(slug, jobId, application, outcome.Errors, outcome.Problem, outcome.Status);
    }

    static RazorComponentResult<App> Page(string slug, Guid jobId, ApplicationForm? form, Dictionary<string, string[]>? errors, string? problem, int status) =>
        new(new
        {
            Page = typeof(ApplyPage),
            PageParameters = new Dictionary<string, object?> { ["Slug"] = slug, ["JobId"] = jobId, ["Form"] = form, ["Errors"] = errors, ["Problem"] = problem },
        }) { StatusCode = status };
}
