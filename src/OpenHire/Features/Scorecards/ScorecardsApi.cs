using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Scorecards;

/// <summary>/api/v1: a job's interview kit, and an application's scorecards.</summary>
public static class ScorecardsApi
{
    public static RouteGroupBuilder MapScorecardsApi(this RouteGroupBuilder api)
    {
        var kit = api.MapGroup("/jobs/{jobId:guid}/interview-kit").WithTags("Scorecards");
        kit.MapGet("/", GetKit).WithName("GetInterviewKit").RequireAccess(AccessRule.ReadJob)
            .WithSummary("The job's competencies and questions; until saved, drawn from the posting's required skills and responsibilities")
            .ProducesProblem(StatusCodes.Status404NotFound);
        kit.MapPut("/", ReplaceKit).WithName("ReplaceInterviewKit").RequireAccess(AccessRule.ManageJob)
            .WithSummary("Replace the job's interview kit").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var cards = api.MapGroup("/applications/{applicationId:guid}/scorecards").WithTags("Scorecards");
        cards.MapGet("/", Summary).WithName("GetScorecards").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("Everyone's scorecards and their summary: for admins, recruiters and the hiring manager, and for an interviewer once their own is in (403 before)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        cards.MapGet("/mine", Mine).WithName("GetMyScorecard").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("The caller's own scorecard").ProducesProblem(StatusCodes.Status404NotFound);
        cards.MapPut("/mine", Submit).WithName("SubmitScorecard").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("Submit or revise the caller's scorecard: a 1-4 rating per competency of the kit and an overall recommendation")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<Results<Ok<InterviewKitResponse>, ProblemHttpResult>> GetKit(Guid jobId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await InterviewKits.GetAsync(db, user.OrganizationId(), jobId, ct) is { } found ? TypedResults.Ok(found) : Problems.NotFound($"No job {jobId} in this organization.");

    static async Task<Results<Ok<InterviewKitResponse>, ProblemHttpResult, ValidationProblem>> ReplaceKit(
        Guid jobId, InterviewKitInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (kit, errors) = await InterviewKits.ReplaceAsync(db, user.OrganizationId(), jobId, input, clock.GetUtcNow(), ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return kit is null ? Problems.NotFound($"No job {jobId} in this organization.") : TypedResults.Ok(kit);
    }

    static async Task<Results<Ok<ScorecardSummary>, ProblemHttpResult>> Summary(Guid applicationId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await ScorecardSubmissions.SummaryAsync(db, StaffScope.From(user), applicationId, ct) is { } summary
            ? TypedResults.Ok(summary)
            : Problems.Result(StatusCodes.Status403Forbidden, "Submit your own scorecard first: the team's feedback shows once yours is in.");

    static async Task<Results<Ok<ScorecardResponse>, ProblemHttpResult>> Mine(Guid applicationId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await ScorecardSubmissions.MineAsync(db, StaffScope.From(user), applicationId, ct) is { } card
            ? TypedResults.Ok(card)
            : Problems.NotFound("You have not submitted a scorecard for this application.");

    static async Task<Results<Ok<ScorecardResponse>, ProblemHttpResult, ValidationProblem>> Submit(
        Guid applicationId, ScorecardInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await ScorecardSubmissions.SubmitAsync(db, StaffScope.From(user), applicationId, input, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();
}
