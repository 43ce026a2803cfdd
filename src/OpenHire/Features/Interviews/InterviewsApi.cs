using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Interviews;

/// <summary>/api/v1: interviews of an application, one interview, its .ics, and "my interviews".</summary>
public static class InterviewsApi
{
    public static RouteGroupBuilder MapInterviewsApi(this RouteGroupBuilder api)
    {
        var ofApplication = api.MapGroup("/applications/{applicationId:guid}/interviews").WithTags("Interviews");
        ofApplication.MapGet("/", List).WithName("ListInterviews").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("An application's interviews, soonest first, cancelled ones included").ProducesProblem(StatusCodes.Status404NotFound);
        ofApplication.MapPost("/", Schedule).WithName("ScheduleInterview").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Schedule an interview; each interviewer and the candidate get an invitation with an .ics (METHOD:REQUEST)")
            .WithDescription("starts_at is the local wall-clock time in time_zone (IANA, e.g. Europe/Berlin), as yyyy-MM-ddTHH:mm; it is stored in UTC with the zone.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status403Forbidden);

        var interviews = api.MapGroup("/interviews").WithTags("Interviews");
        interviews.MapGet("/mine", Mine).WithName("ListMyInterviews").RequireAccess(AccessRule.AnyStaff)
            .WithSummary("The caller's scheduled interviews, soonest first (personal API keys and signed-in members)");
        interviews.MapGet("/{interviewId:guid}", Get).WithName("GetInterview").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("One interview").ProducesProblem(StatusCodes.Status404NotFound);
        interviews.MapPut("/{interviewId:guid}", Reschedule).WithName("RescheduleInterview").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Change the time, place or interviewers; invitations are sent again with a higher SEQUENCE, removed interviewers get a cancellation")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        interviews.MapPost("/{interviewId:guid}/cancel", Cancel).WithName("CancelInterview").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Cancel; everyone invited gets METHOD:CANCEL").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        interviews.MapGet("/{interviewId:guid}/calendar.ics", Calendar).WithName("DownloadInterviewCalendar").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("The interview as an .ics file, as it stands").Produces<string>(contentType: "text/calendar").ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    static async Task<Ok<List<InterviewResponse>>> List(Guid applicationId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await InterviewQueries.ForApplicationAsync(db, user.OrganizationId(), applicationId, ct));

    static async Task<Results<Created<InterviewResponse>, ProblemHttpResult, ValidationProblem>> Schedule(
        Guid applicationId, InterviewInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, Infrastructure.Email.EmailDispatcher emails, CancellationToken ct)
    {
        var result = await InterviewScheduling.ScheduleAsync(db, StaffScope.From(user), applicationId, input, Actor.From(user), clock.GetUtcNow(), ct);
        if (!result.Succeeded) return Failure(result);
        emails.Wake();
        return TypedResults.Created($"/api/v1/interviews/{result.Value!.Id}", result.Value);
    }

    static async Task<Results<Ok<List<MyInterview>>, ValidationProblem>> Mine(ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await InterviewQueries.MineAsync(db, StaffScope.From(user), null, ct));

    static async Task<Results<Ok<InterviewResponse>, ProblemHttpResult>> Get(Guid interviewId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await InterviewQueries.GetAsync(db, user.OrganizationId(), interviewId, ct) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound($"No interview {interviewId} in this organization.");

    static async Task<Results<Ok<InterviewResponse>, ProblemHttpResult, ValidationProblem>> Reschedule(
        Guid interviewId, InterviewInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, Infrastructure.Email.EmailDispatcher emails, CancellationToken ct)
    {
        var result = await InterviewScheduling.RescheduleAsync(db, StaffScope.From(user), interviewId, input, Actor.From(user), clock.GetUtcNow(), ct);
        if (result.Succeeded) emails.Wake();
        return result.ToHttp();
    }

    static async Task<Results<Ok<InterviewResponse>, ProblemHttpResult, ValidationProblem>> Cancel(
        Guid interviewId, CancelInterviewRequest? input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, Infrastructure.Email.EmailDispatcher emails, CancellationToken ct)
    {
        var result = await InterviewScheduling.CancelAsync(db, StaffScope.From(user), interviewId, input?.Reason, Actor.From(user), clock.GetUtcNow(), ct);
        if (result.Succeeded) emails.Wake();
        return result.ToHttp();
    }

    static async Task<Results<ContentHttpResult, ProblemHttpResult>> Calendar(Guid interviewId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await InterviewQueries.CalendarAsync(db, user.OrganizationId(), interviewId, ct) is { } ics
            ? TypedResults.Text(ics, "text/calendar; charset=utf-8")
            : Problems.NotFound($"No interview {interviewId} in this organization.");

    static Results<Created<InterviewResponse>, ProblemHttpResult, ValidationProblem> Failure(PipelineResult<InterviewResponse> result) =>
        result.Status == StatusCodes.Status400BadRequest
            ? TypedResults.ValidationProblem(result.Errors ?? [], result.Problem)
            : TypedResults.Problem(result.Problem, statusCode: result.Status);
}
