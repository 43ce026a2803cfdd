using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;

namespace OpenHire.Features.Candidates;

/// <summary>/api/v1/candidates: the people who applied to the organization.</summary>
public static class CandidatesApi
{
    public sealed record CandidateResponse(
        Guid Id, string Name, string Email, string? Phone, string? Location, IReadOnlyList<string> Links, DateTimeOffset CreatedAt,
        IReadOnlyList<OtherApplication>? Applications);

    public static RouteGroupBuilder MapCandidatesApi(this RouteGroupBuilder api)
    {
        var candidates = api.MapGroup("/candidates").WithTags("Candidates");
        candidates.MapGet("/", List).WithName("ListCandidates").WithSummary("List candidates, newest first, optionally by email").ProducesValidationProblem();
        candidates.MapGet("/{candidateId:guid}", Get).WithName("GetCandidate").WithSummary("Get a candidate with all their applications").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<Results<Ok<Page<CandidateResponse>>, ValidationProblem>> List(
        string? email, string? cursor, int? limit, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (!Paging.TryParse(cursor, limit, out var after, out var take, out var errors)) return TypedResults.ValidationProblem(errors);
        var page = await CandidateQueries.PageAsync(db, user.OrganizationId(), email, after, take, ct);
        return TypedResults.Ok(new Page<CandidateResponse>(page.Items.Select(c => ToResponse(c, null)).ToList(), page.NextCursor));
    }

    static async Task<Results<Ok<CandidateResponse>, ProblemHttpResult>> Get(Guid candidateId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var orgId = user.OrganizationId();
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId && c.OrganizationId == orgId, ct);
        if (candidate is null) return Problems.NotFound($"No candidate {candidateId} in this organization.");
        var applications = await ApplicationQueries.OfCandidateAsync(db, orgId, candidateId, ct);
        return TypedResults.Ok(ToResponse(candidate, applications));
    }

    static CandidateResponse ToResponse(Candidate c, IReadOnlyList<OtherApplication>? applications) =>
        new(c.Id, c.Name, c.Email, c.Phone, c.Location, c.Links, c.CreatedAt, applications);
}
