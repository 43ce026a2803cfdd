using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenHire.Features.Accounts;

namespace OpenHire.Features.Search;

/// <summary>GET /api/v1/candidates/search: the organization's candidates by words and filters.</summary>
public static class CandidateSearchApi
{
    public static RouteGroupBuilder MapCandidateSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/candidates/search", Search).WithTags("Candidates").WithName("SearchCandidates")
            .WithSummary("Search candidates by words in resumes, cover letters, names and titles, and by skills, title, location, job, stage, date and resume status")
            .WithDescription("""
                q: words, all required; "quoted phrase"; word* for a prefix (SQLite only); a OR b; -word to exclude. At most 200 characters.
                skill=python or skill=python:5 (at least five years; repeatable, matched through the skill taxonomy).
                title, location: part of the job or current title, of the candidate's location. job_id; applied_from, applied_to (yyyy-mm-dd, UTC, inclusive); resume_status.
                stage: the application's current stage, by name across jobs (any case) or a stage id; status: active, rejected or withdrawn.
                While blind review is on, hidden candidates come as their alias without email or location, snippets are redacted, and words that only match their name, email or phone do not find them.
                sort=newest (default: candidates whose latest matching application is newest first) or relevance (needs q).
                Each candidate comes with the applications that matched, newest first, and with q a snippet whose highlights mark the words found.
                """)
            .ProducesValidationProblem();
        return api;
    }

    static async Task<Results<Ok<Page<CandidateMatch>>, ValidationProblem>> Search(
        string? q, [FromQuery(Name = "skill")] string[]? skill, string? title, string? location,
        [FromQuery(Name = "job_id")] string? jobId, [FromQuery(Name = "applied_from")] string? appliedFrom,
        [FromQuery(Name = "applied_to")] string? appliedTo, [FromQuery(Name = "resume_status")] string? resumeStatus,
        string? stage, string? status, string? sort, string? cursor, int? limit, ClaimsPrincipal user, ICandidateSearch search, CancellationToken ct)
    {
        Paging.TryParse(null, limit, out _, out var take, out var errors);
        if (cursor?.Length > 100) errors["cursor"] = [BadCursor];
        var query = CandidateSearchQuery.TryParse(q, skill, title, location, jobId, appliedFrom, appliedTo, resumeStatus, sort, errors, stage, status);
        if (query is null) return TypedResults.ValidationProblem(errors);
        var page = await search.SearchAsync(user.OrganizationId(), query, cursor, take, ct);
        return page is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["cursor"] = [BadCursor] })
            : TypedResults.Ok(page);
    }

    const string BadCursor = "The cursor is not one this search returned for this sort; start again without it.";
}
