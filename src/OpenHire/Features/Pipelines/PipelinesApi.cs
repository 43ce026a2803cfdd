using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenHire.Data;
using OpenHire.Features.Accounts;

namespace OpenHire.Features.Pipelines;

/// <summary>/api/v1: job pipelines, moving applications through them, timelines, rejection reasons and pipeline templates.</summary>
public static class PipelinesApi
{
    public static RouteGroupBuilder MapPipelinesApi(this RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs/{jobId:guid}").WithTags("Pipelines");
        jobs.MapGet("/pipeline", GetPipeline).WithName("GetPipeline").RequireAccess(AccessRule.ReadJob)
            .WithSummary("A job's stages in order, each with how many applications it holds").ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPut("/pipeline", ReplacePipeline).WithName("ReplacePipeline").RequireAccess(AccessRule.ManageJob)
            .WithSummary("Add, rename, reorder and remove a job's stages")
            .WithDescription("Send every stage in the order wanted: existing ones with their id, new ones without. A stage left out is removed; when it holds applications, move_cards_to maps its id to a remaining stage they move to. Removed stages stay on the timelines that mention them.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/applications/bulk-move", BulkMove).WithName("BulkMoveApplications").RequireAccess(AccessRule.ManageJob)
            .WithSummary("Move up to 500 of a job's applications to one stage; rejected, withdrawn and already-there ones are skipped")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPost("/applications/bulk-reject", BulkReject).WithName("BulkRejectApplications").RequireAccess(AccessRule.ManageJob)
            .WithSummary("Reject up to 500 of a job's applications with one reason; ones already ended are skipped")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        var applications = api.MapGroup("/applications/{applicationId:guid}").WithTags("Pipelines");
        applications.MapPost("/move", Move).WithName("MoveApplication").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Move an application to another stage of its job")
            .WithDescription("Send expected_stage_id (the stage you last saw it in) to refuse the move with 409 when someone moved it since; the problem then says where it is now (current_stage_id).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapPost("/reject", Reject).WithName("RejectApplication").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Reject an application with one of the organization's rejection reasons")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapPost("/withdraw", Withdraw).WithName("WithdrawApplication").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Record that the candidate withdrew, optionally with a withdrawal reason")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapPost("/reopen", Reopen).WithName("ReopenApplication").RequireAccess(AccessRule.ManageApplication)
            .WithSummary("Bring a rejected or withdrawn application back into the pipeline")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        applications.MapGet("/stage", Stage).WithName("GetApplicationStage").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("Where an application stands: its stage and, when it ended, the outcome and reason").ProducesProblem(StatusCodes.Status404NotFound);
        applications.MapGet("/timeline", Timeline).WithName("GetApplicationTimeline").RequireAccess(AccessRule.ReadApplication)
            .WithSummary("Everything that happened to an application, newest first: who moved it, when, from where to where and why")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

        var reasons = api.MapGroup("/rejection-reasons").WithTags("Rejection reasons");
        reasons.MapGet("/", ListReasons).WithName("ListRejectionReasons").RequireAccess(AccessRule.AnyStaff)
            .WithSummary("The organization's reasons to reject (kind=rejected) and to withdraw (kind=withdrawn)").ProducesValidationProblem();
        reasons.MapPost("/", CreateReason).WithName("CreateRejectionReason").WithSummary("Add a reason").ProducesValidationProblem();
        reasons.MapPatch("/{reasonId:guid}", ChangeReason).WithName("ChangeRejectionReason")
            .WithSummary("Reword a reason, or archive or restore it").ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        reasons.MapDelete("/{reasonId:guid}", ArchiveReason).WithName("ArchiveRejectionReason")
            .WithSummary("Archive a reason: it is no longer offered, and applications ended with it keep it").ProducesProblem(StatusCodes.Status404NotFound);

        var templates = api.MapGroup("/pipeline-templates").WithTags("Pipeline templates");
        templates.MapGet("/", ListTemplates).WithName("ListPipelineTemplates").WithSummary("The organization's pipeline templates, the default first");
        templates.MapPost("/", CreateTemplate).WithName("CreatePipelineTemplate")
            .WithSummary("Add a template; is_default=true makes new jobs start from it").ProducesValidationProblem();
        templates.MapGet("/{templateId:guid}", GetTemplate).WithName("GetPipelineTemplate").WithSummary("One template").ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapPut("/{templateId:guid}", ReplaceTemplate).WithName("ReplacePipelineTemplate")
            .WithSummary("Rename a template, change its stages or make it the default; existing jobs keep their stages")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        templates.MapDelete("/{templateId:guid}", DeleteTemplate).WithName("DeletePipelineTemplate")
            .WithSummary("Delete a template other than the default").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    static async Task<Results<Ok<JobPipeline>, ProblemHttpResult>> GetPipeline(Guid jobId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await PipelineStages.GetAsync(db, user.OrganizationId(), jobId, ct) is { } pipeline
            ? TypedResults.Ok(pipeline)
            : Problems.NotFound($"No job {jobId} in this organization.");

    static async Task<Results<Ok<JobPipeline>, ProblemHttpResult, ValidationProblem>> ReplacePipeline(
        Guid jobId, PipelineChange change, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await PipelineStages.ReplaceAsync(db, user.OrganizationId(), jobId, change, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<ApplicationStageState>, ProblemHttpResult, ValidationProblem>> Move(
        Guid applicationId, MoveRequest request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await PipelineOperations.MoveAsync(db, user.OrganizationId(), applicationId, request, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<ApplicationStageState>, ProblemHttpResult, ValidationProblem>> Reject(
        Guid applicationId, OutcomeRequest request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await PipelineOperations.RejectAsync(db, user.OrganizationId(), applicationId, request, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<ApplicationStageState>, ProblemHttpResult, ValidationProblem>> Withdraw(
        Guid applicationId, OutcomeRequest request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await PipelineOperations.WithdrawAsync(db, user.OrganizationId(), applicationId, request, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<ApplicationStageState>, ProblemHttpResult, ValidationProblem>> Reopen(
        Guid applicationId, ReopenRequest? request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await PipelineOperations.ReopenAsync(db, user.OrganizationId(), applicationId, request ?? new(), Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<BulkResult>, ProblemHttpResult, ValidationProblem>> BulkMove(
        Guid jobId, BulkMoveRequest request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await PipelineOperations.BulkMoveAsync(db, user.OrganizationId(), jobId, request, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<BulkResult>, ProblemHttpResult, ValidationProblem>> BulkReject(
        Guid jobId, BulkRejectRequest request, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await PipelineOperations.BulkRejectAsync(db, user.OrganizationId(), jobId, request, Actor.From(user), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<ApplicationStageState>, ProblemHttpResult>> Stage(Guid applicationId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await PipelineOperations.StateAsync(db, user.OrganizationId(), applicationId, ct) is { } state
            ? TypedResults.Ok(state)
            : Problems.NotFound($"No application {applicationId} in this organization.");

    static async Task<Results<Ok<Page<TimelineEntry>>, ProblemHttpResult, ValidationProblem>> Timeline(
        Guid applicationId, string? cursor, int? limit, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (!Paging.TryParse(cursor, limit, out var after, out var take, out var errors)) return TypedResults.ValidationProblem(errors);
        return await PipelineQueries.TimelineAsync(db, user.OrganizationId(), applicationId, after, take, ct) is { } page
            ? TypedResults.Ok(page)
            : Problems.NotFound($"No application {applicationId} in this organization.");
    }

    static async Task<Results<Ok<List<ReasonResponse>>, ValidationProblem>> ListReasons(
        string? kind, [FromQuery(Name = "include_archived")] bool? includeArchived, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (!EnumText.TryParse<ApplicationOutcome>(kind, out var outcome))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = EnumText.Expected<ApplicationOutcome>() });
        return TypedResults.Ok(await RejectionReasons.ListAsync(db, user.OrganizationId(), outcome, includeArchived ?? false, ct));
    }

    static async Task<Results<Created<ReasonResponse>, ProblemHttpResult, ValidationProblem>> CreateReason(
        ReasonInput input, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        Created(await RejectionReasons.CreateAsync(db, user.OrganizationId(), input, ct), r => $"/api/v1/rejection-reasons/{r.Id}");

    static async Task<Results<Ok<ReasonResponse>, ProblemHttpResult, ValidationProblem>> ChangeReason(
        Guid reasonId, ReasonChange change, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await RejectionReasons.ChangeAsync(db, user.OrganizationId(), reasonId, change, clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<Ok<ReasonResponse>, ProblemHttpResult, ValidationProblem>> ArchiveReason(
        Guid reasonId, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await RejectionReasons.ChangeAsync(db, user.OrganizationId(), reasonId, new(null, Archived: true), clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Ok<List<TemplateResponse>>> ListTemplates(ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await PipelineTemplates.ListAsync(db, user.OrganizationId(), ct));

    static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult>> GetTemplate(Guid templateId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct) =>
        await PipelineTemplates.GetAsync(db, user.OrganizationId(), templateId, ct) is { } template
            ? TypedResults.Ok(template)
            : Problems.NotFound($"No pipeline template {templateId} in this organization.");

    static async Task<Results<Created<TemplateResponse>, ProblemHttpResult, ValidationProblem>> CreateTemplate(
        TemplateInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        Created(await PipelineTemplates.CreateAsync(db, user.OrganizationId(), input, clock.GetUtcNow(), ct), t => $"/api/v1/pipeline-templates/{t.Id}");

    static async Task<Results<Ok<TemplateResponse>, ProblemHttpResult, ValidationProblem>> ReplaceTemplate(
        Guid templateId, TemplateInput input, ClaimsPrincipal user, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        (await PipelineTemplates.ReplaceAsync(db, user.OrganizationId(), templateId, input, clock.GetUtcNow(), ct)).ToHttp();

    static async Task<Results<NoContent, ProblemHttpResult>> DeleteTemplate(Guid templateId, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        var result = await PipelineTemplates.DeleteAsync(db, user.OrganizationId(), templateId, ct);
        return result.Succeeded ? TypedResults.NoContent() : TypedResults.Problem(result.Problem, statusCode: result.Status);
    }

    static Results<Created<T>, ProblemHttpResult, ValidationProblem> Created<T>(PipelineResult<T> result, Func<T, string> location) => result.Status switch
    {
        StatusCodes.Status200OK => TypedResults.Created(location(result.Value!), result.Value),
        StatusCodes.Status400BadRequest => TypedResults.ValidationProblem(result.Errors ?? [], result.Problem),
        _ => TypedResults.Problem(result.Problem, statusCode: result.Status, extensions: result.Facts),
    };
}
