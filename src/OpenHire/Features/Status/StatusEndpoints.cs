using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenHire.Components;
using OpenHire.Components.Layout;
using OpenHire.Features.Status.Pages;

namespace OpenHire.Features.Status;

/// <summary>
/// The candidate status page and its forms. No sign-in: the unguessable token in the path is the
/// key, so every answer is uncached and sent without a referrer, and every form is antiforgery-checked.
/// An unknown token is a plain 404, the same as a page that never existed.
/// </summary>
public static class StatusEndpoints
{
    public static void MapStatusEndpoints(this IEndpointRouteBuilder app)
    {
        var status = app.MapGroup("/status/{token}").ExcludeFromDescription().AddEndpointFilter(async (context, next) =>
        {
            var headers = context.HttpContext.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            return await next(context);
        });
        status.MapGet("/", async (string token, string? done, CandidateStatus statuses, CancellationToken ct) =>
            await statuses.ViewAsync(token, ct) is { } view ? Page(view, message: Done(done)) : NotFound());
        status.MapGet("/withdraw", async (string token, CandidateStatus statuses, CancellationToken ct) =>
            await statuses.ViewAsync(token, ct) is { } view ? Page(view, confirmWithdraw: !view.Ended) : NotFound());
        status.MapPost("/withdraw", async (string token, [FromForm(Name = "reason_id")] string? reasonId, [FromForm(Name = "confirm")] string? confirm,
            CandidateStatus statuses, CancellationToken ct) =>
        {
            if (await statuses.ViewAsync(token, ct) is not { } view) return NotFound();
            if (confirm != "yes") return Page(view, confirmWithdraw: true, message: "Tick the box to confirm that you want to withdraw.", problem: true, status: 400);
            var reason = Guid.TryParse(reasonId, out var id) ? id : (Guid?)null;
            var result = await statuses.WithdrawAsync(token, reason, null, ct);
            return result is { Succeeded: true } ? Redirect(token, "withdrawn")
                : Page((await statuses.ViewAsync(token, ct))!, message: "Your application has already ended.", problem: true, status: result?.Status ?? 409);
        });
        status.MapPost("/offer/{offerId:guid}/{answer:regex(^(accept|decline)$)}", async (string token, Guid offerId, string answer,
            [FromForm(Name = "note")] string? note, CandidateStatus statuses, CancellationToken ct) =>
        {
            var result = await statuses.AnswerOfferAsync(token, offerId, answer == "accept", ct);
            if (result is null) return NotFound();
            if (result.Succeeded) return Redirect(token, answer == "accept" ? "accepted" : "declined");
            var view = (await statuses.ViewAsync(token, ct))!;
            return Page(view, message: "This offer can no longer be answered here; please contact the team.", problem: true, status: result.Status);
        });
    }

    static string? Done(string? done) => done switch
    {
        "withdrawn" => "You have withdrawn your application.",
        "accepted" => "You accepted the offer. Congratulations! The team will be in touch about the next steps.",
        "declined" => "You declined the offer. Thank you for letting us know.",
        _ => null,
    };

    static IResult Redirect(string token, string done) => TypedResults.Redirect($"/status/{Uri.EscapeDataString(token)}?done={done}");

    static IResult NotFound() => new RazorComponentResult<App>(new { Page = typeof(Components.NotFound) }) { StatusCode = StatusCodes.Status404NotFound };

    static IResult Page(StatusView view, bool confirmWithdraw = false, string? message = null, bool problem = false, int status = 200) =>
        new RazorComponentResult<App>(new
        {
            Page = typeof(StatusPage),
            PageParameters = new Dictionary<string, object?>
            {
                ["View"] = view, ["ConfirmWithdraw"] = confirmWithdraw, ["Message"] = message, ["IsProblem"] = problem,
            },
        }) { StatusCode = status };
}
