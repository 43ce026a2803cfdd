using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Applications;
using OpenHire.Features.Fairness;

namespace OpenHire.Features.Candidates;

/// <summary>/api/v1/candidates: the people who applied to the organization.</summary>
public static class CandidatesApi
{
    /// <summary>A candidate; under blind review the name is an alias and contact details are left out.</summary>
    public sealed record CandidateResponse(
        Guid Id, string Name, string? Email, string? Phone, string? Location, IReadOnlyList<string> Links, DateTimeOffset CreatedAt,
        IReadOnlyList<OtherApplication>? Applications, bool IdentityHidden);

    public static RouteGroupBuilder MapCandidatesApi(this RouteGroupBuilder api)
    {
        var candidates = api.MapGroup("/candidates").WithTags("Candidates");
        candidates.MapGet("/", List).WithName("ListCandidates").RequireAccess(AccessRule.AnyStaff).WithSummary("List candidates, newest first, optionally by email").ProducesValidationProblem();
        candidates.MapGet("/{candidateId:guid}", Get).WithName("GetCandidate").RequireAccess(AccessRule.ReadCandidate).WithSummary("Get a candidate with all their applications").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<Results<Ok<Page<CandidateResponse>>, ValidationProblem>> List(
        string? email, string? cursor, int? limit, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (!Paging.TryParse(cursor, limit, out var after, out var take, out var errors)) return TypedResults.ValidationProblem(errors);
        var orgId = user.OrganizationId();
        var page = await CandidateQueries.PageAsync(db, StaffScope.From(user), email, after, take, ct);
        var hidden = await BlindReview.HiddenCandidatesAsync(db, orgId, [.. page.Items.Select(c => c.Id)], ct);
        return TypedResults.Ok(new Page<CandidateResponse>(page.Items.Select(c => ToResponse(c, null, hidden.Contains(c.Id))).ToList(), page.NextCursor));
    }

    static async Task<Results<Ok<CandidateResponse>, ProblemHttpResult>> Get(Guid candidateId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var orgId = user.OrganizationId();
        var candidate = await db.Candidates.AsNoTracking().SingleOrDefaultAsync(c => c.Id == candidateId && c.OrganizationId == orgId, ct);
        if (candidate is null) return Problems.NotFound($"No candidate {candidateId} in this organization.");
        var applications = await ApplicationQueries.OfCandidateAsync(db, orgId, candidateId, ct, StaffScope.From(user));
        var hidden = await BlindReview.HiddenCandidatesAsync(db, orgId, [candidateId], ct);
        return TypedResults.Ok(ToResponse(candidate, applications, hidden.Count > 0));
    }

    static CandidateResponse ToResponse(Candidate c, IReadOnlyList<OtherApplication>? applications, bool hidden) => hidden
        ? new(c.Id, BlindReview.Alias(c.Id), null, null, null, [], c.CreatedAt, applications, true)
        : new(c.Id, c.Name, c.Email, c.Phone, c.Location, c.Links, c.CreatedAt, applications, false);
}
