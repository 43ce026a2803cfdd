using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenHire.Features.Accounts;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Offers;

/// <summary>/api/v1: offers, from draft to the candidate's answer.</summary>
public static class OffersApi
{
    public static RouteGroupBuilder MapOffersApi(this RouteGroupBuilder api)
    {
        api.MapPost("/applications/{applicationId:guid}/offers", async Task<Results<Created<OfferResponse>, ProblemHttpResult, ValidationProblem>> (
            Guid applicationId, OfferInput input, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
        {
            var result = await offers.DraftAsync(user.OrganizationId(), applicationId, input, Actor.From(user), ct);
            return result.Succeeded ? TypedResults.Created($"/api/v1/offers/{result.Value!.Id}", result.Value) : Failure(result);
        }).WithTags("Offers").WithName("DraftOffer")
            .WithSummary("Draft an offer: salary_amount, currency and period (default: the posting's), start_date, notes, approver_id. A salary outside the posting's range needs deviation_reason (422 without)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/applications/{applicationId:guid}/offers", async Task<Results<Ok<List<OfferResponse>>, ProblemHttpResult>> (
            Guid applicationId, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
            await offers.ListAsync(user.OrganizationId(), applicationId, ct) is { } list ? TypedResults.Ok(list) : Problems.NotFound($"No application {applicationId} in this organization."))
            .WithTags("Offers").WithName("ListApplicationOffers").WithSummary("An application's offers, newest first").ProducesProblem(StatusCodes.Status404NotFound);

        var offer = api.MapGroup("/offers/{offerId:guid}").WithTags("Offers")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        offer.MapGet("/", async Task<Results<Ok<OfferResponse>, ProblemHttpResult>> (Guid offerId, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
            await offers.GetAsync(user.OrganizationId(), offerId, ct) is { } o ? TypedResults.Ok(o) : Problems.NotFound($"No offer {offerId} in this organization."))
            .WithName("GetOffer").WithSummary("One offer; deviation says how its salary departs from the posting's range");
        offer.MapPatch("/", (Guid offerId, OfferInput input, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
            Run(offers.ChangeAsync(user.OrganizationId(), offerId, input, Actor.From(user), ct)))
            .WithName("ChangeOffer").WithSummary("Change a draft's terms or approver").ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        offer.MapPost("/submit", (Guid offerId, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
            Run(offers.SubmitAsync(user.OrganizationId(), offerId, Actor.From(user), ct)))
            .WithName("SubmitOffer").WithSummary("Ask the chosen approver to approve the draft").ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        offer.MapPost("/approve", (Guid offerId, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
            Run(offers.ApproveAsync(user.OrganizationId(), offerId, Actor.From(user), ct)))
            .WithName("ApproveOffer")
            .WithDescription("Only the approver may approve, as themselves: an API key acts for no person, so through the API this is 403; the approver approves in the workspace.")
            .WithSummary("Approve an offer awaiting approval (the approver only)").ProducesProblem(StatusCodes.Status403Forbidden);
        offer.MapPost("/decline-approval", (Guid offerId, OfferDecision? decision, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
            Run(offers.DeclineApprovalAsync(user.OrganizationId(), offerId, decision ?? new(), Actor.From(user), ct)))
            .WithName("DeclineOfferApproval").WithSummary("Send an offer back to draft with a reason (the approver only)").ProducesProblem(StatusCodes.Status403Forbidden);
        offer.MapPost("/send", (Guid offerId, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
            Run(offers.SendAsync(user.OrganizationId(), offerId, Actor.From(user), ct)))
            .WithName("SendOffer").WithSummary("Email an approved offer to the candidate (offer template, with the link to answer it)").ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        offer.MapPost("/answer", (Guid offerId, OfferAnswer answer, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
            Run(offers.AnswerAsync(user.OrganizationId(), offerId, answer, Actor.From(user), ct)))
            .WithName("RecordOfferAnswer").WithSummary("Record the candidate's answer to a sent offer (accepted: true or false)").ProducesValidationProblem();
        offer.MapPost("/cancel", (Guid offerId, OfferDecision? decision, ClaimsPrincipal user, OfferOperations offers, CancellationToken ct) =>
            Run(offers.CancelAsync(user.OrganizationId(), offerId, decision ?? new(), Actor.From(user), ct)))
            .WithName("CancelOffer").WithSummary("Cancel an offer not yet answered");
        return api;
    }

    static async Task<Results<Ok<OfferResponse>, ProblemHttpResult, ValidationProblem>> Run(Task<PipelineResult<OfferResponse>> step) => (await step).ToHttp();

    static Results<Created<OfferResponse>, ProblemHttpResult, ValidationProblem> Failure(PipelineResult<OfferResponse> result) => result.Status switch
    {
        StatusCodes.Status400BadRequest => TypedResults.ValidationProblem(result.Errors ?? [], result.Problem),
        _ => TypedResults.Problem(result.Problem, statusCode: result.Status, extensions: result.Facts),
    };
}
