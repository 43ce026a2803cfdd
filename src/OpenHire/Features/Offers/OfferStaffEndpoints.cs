using Microsoft.AspNetCore.Mvc;
using OpenHire.Features.Accounts;
using OpenHire.Features.Pipelines;
using OpenHire.Features.Pipelines.Pages;

namespace OpenHire.Features.Offers;

/// <summary>
/// The workspace's offer forms (antiforgery-checked posts that redirect back to the application
/// with a message). Approving needs them: only the approver, signed in, may approve.
/// </summary>
public static class OfferStaffEndpoints
{
    public static void MapOfferStaffEndpoints(this IEndpointRouteBuilder app)
    {
        // Admins and recruiters unless a form says otherwise (StaffAccess).
        var staff = app.MapGroup("/staff").RequireAuthorization(AccountsRegistration.StaffPolicy).ExcludeFromDescription().EnforceStaffAccess();
        staff.MapPost("/applications/{applicationId:guid}/offers", async (Guid applicationId, [FromForm(Name = "salary_amount")] decimal? amount,
            [FromForm(Name = "currency")] string? currency, [FromForm(Name = "period")] SalaryPeriod? period, [FromForm(Name = "start_date")] DateOnly? start,
            [FromForm(Name = "notes")] string? notes, [FromForm(Name = "deviation_reason")] string? deviation, [FromForm(Name = "approver_id")] Guid? approver,
            HttpContext http, OfferOperations offers, CancellationToken ct) =>
        {
            var result = await offers.DraftAsync(http.User.OrganizationId(), applicationId, new(amount, currency, period, start, notes, deviation, approver), Actor.From(http.User), ct);
            return Back(http, applicationId, result, "Offer drafted.");
        }).RequireAccess(AccessRule.ManageApplication);
        staff.MapPost("/offers/{offerId:guid}/{step:regex(^(submit|approve|decline-approval|send|accept|decline|cancel)$)}", async (
            Guid offerId, string step, [FromForm(Name = "reason")] string? reason, HttpContext http, OfferOperations offers, CancellationToken ct) =>
        {
            var (org, actor) = (http.User.OrganizationId(), Actor.From(http.User));
            var result = step switch
            {
                "submit" => await offers.SubmitAsync(org, offerId, actor, ct),
                "approve" => await offers.ApproveAsync(org, offerId, actor, ct),
                "decline-approval" => await offers.DeclineApprovalAsync(org, offerId, new(reason), actor, ct),
                "send" => await offers.SendAsync(org, offerId, actor, ct),
                "accept" => await offers.AnswerAsync(org, offerId, new(true, reason), actor, ct),
                "decline" => await offers.AnswerAsync(org, offerId, new(false, reason), actor, ct),
                _ => await offers.CancelAsync(org, offerId, new(reason), actor, ct),
            };
            var applicationId = result.Value?.ApplicationId ?? (await offers.GetAsync(org, offerId, ct))?.ApplicationId;
            return Back(http, applicationId, result, $"Offer {OfferOperations.Word(result.Value?.State ?? OfferState.Draft)}.");
        }).RequireAccess(AccessRule.AnyStaff); // the approver may be any member; approving checks that it is them
    }

    static IResult Back(HttpContext http, Guid? applicationId, PipelineResult<OfferResponse> result, string success)
    {
        if (http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType == "application/json")) return result.ToHttp();
        Flash.Set(http, result.Succeeded ? success : result.Message, isProblem: !result.Succeeded);
        return TypedResults.Redirect(applicationId is { } id ? $"/staff/applications/{id}" : "/staff");
    }
}
