using Microsoft.AspNetCore.Mvc;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Features.Pipelines.Pages;

namespace OpenHire.Features.Pipelines;

/// <summary>
/// The workspace's pipeline forms: plain HTML form posts (antiforgery-checked) that answer with a
/// redirect back and a one-time message, so every action works without JavaScript. The board's
/// drag and drop posts the same forms with Accept: application/json and gets the API's answer.
/// </summary>
public static class PipelineStaffEndpoints
{
    public static void MapPipelineStaffEndpoints(this IEndpointRouteBuilder app)
    {
        var applications = app.MapGroup("/staff/applications/{applicationId:guid}")
            .RequireAuthorization(AccountsRegistration.StaffPolicy).ExcludeFromDescription()
            .EnforceStaffAccess().RequireAccess(AccessRule.ManageApplication);
        applications.MapPost("/move", async (Guid applicationId, [FromForm(Name = "to_stage_id")] Guid? to,
            [FromForm(Name = "expected_stage_id")] Guid? expected, [FromForm(Name = "reason")] string? reason,
            [FromForm(Name = "return_to")] string? returnTo, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await PipelineOperations.MoveAsync(db, http.User.OrganizationId(), applicationId, new(to, expected, reason), Actor.From(http.User), clock.GetUtcNow(), ct);
            return Answer(http, result, returnTo, s => $"Moved to {s.Stage.Name}.");
        });
        applications.MapPost("/reject", async (Guid applicationId, [FromForm(Name = "reason_id")] Guid? reasonId, [FromForm(Name = "note")] string? note,
            [FromForm(Name = "expected_stage_id")] Guid? expected, [FromForm(Name = "return_to")] string? returnTo,
            HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await PipelineOperations.RejectAsync(db, http.User.OrganizationId(), applicationId, new(reasonId, note, expected), Actor.From(http.User), clock.GetUtcNow(), ct);
            return Answer(http, result, returnTo, s => $"Rejected in {s.Stage.Name}: {s.OutcomeReason?.Text}.");
        });
        applications.MapPost("/withdraw", async (Guid applicationId, [FromForm(Name = "reason_id")] Guid? reasonId, [FromForm(Name = "note")] string? note,
            [FromForm(Name = "expected_stage_id")] Guid? expected, [FromForm(Name = "return_to")] string? returnTo,
            HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await PipelineOperations.WithdrawAsync(db, http.User.OrganizationId(), applicationId, new(reasonId, note, expected), Actor.From(http.User), clock.GetUtcNow(), ct);
            return Answer(http, result, returnTo, s => $"Withdrawn in {s.Stage.Name}.");
        });
        applications.MapPost("/reopen", async (Guid applicationId, [FromForm(Name = "to_stage_id")] Guid? to, [FromForm(Name = "note")] string? note,
            [FromForm(Name = "return_to")] string? returnTo, HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var result = await PipelineOperations.ReopenAsync(db, http.User.OrganizationId(), applicationId, new(to, note), Actor.From(http.User), clock.GetUtcNow(), ct);
            return Answer(http, result, returnTo, s => $"Reopened in {s.Stage.Name}.");
        });

        var jobs = app.MapGroup("/staff/jobs/{jobId:guid}").EnforceStaffAccess().RequireAccess(AccessRule.ManageJob);
        jobs.MapPost("/bulk", async (Guid jobId, [FromForm(Name = "application_ids")] Guid[]? ids, [FromForm(Name = "action")] string? action,
            [FromForm(Name = "to_stage_id")] Guid? to, [FromForm(Name = "reason_id")] Guid? reasonId, [FromForm(Name = "return_to")] string? returnTo,
            HttpContext http, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var (orgId, actor, now) = (http.User.OrganizationId(), Actor.From(http.User), clock.GetUtcNow());
            var result = action == "reject"
                ? await PipelineOperations.BulkRejectAsync(db, orgId, jobId, new([.. ids ?? []], reasonId), actor, now, ct)
                : await PipelineOperations.BulkMoveAsync(db, orgId, jobId, new([.. ids ?? []], to), actor, now, ct);
            var done = action == "reject" ? "Rejected" : "Moved";
            return Answer(http, result, LocalStaffPath(returnTo) ?? $"/staff/jobs/{jobId}/board",
                r => $"{done} {r.Changed.Count} application{(r.Changed.Count == 1 ? "" : "s")}" + (r.Skipped.Count > 0 ? $"; {r.Skipped.Count} left as they were." : "."));
        }).RequireAuthorization(AccountsRegistration.StaffPolicy).ExcludeFromDescription();
    }

    static IResult Answer<T>(HttpContext http, PipelineResult<T> result, string? returnTo, Func<T, string> success)
    {
        if (http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType == "application/json")) return result.ToHttp();
        Flash.Set(http, result.Succeeded ? success(result.Value!) : result.Message, isProblem: !result.Succeeded);
        return TypedResults.Redirect(LocalStaffPath(returnTo) ?? "/staff");
    }

    /// <summary>Only a path inside the workspace: a form must not send anyone elsewhere.</summary>
    internal static string? LocalStaffPath(string? path) =>
        path is not null && path.StartsWith("/staff/", StringComparison.Ordinal) && !path.Contains("//") && !path.Contains('\\') ? path : null;
}
