using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Messaging;
using OpenHire.Features.Pipelines;
using OpenHire.Infrastructure.Email;

namespace OpenHire.Features.Offers;

/// <summary>
/// Every step of an offer, shared by the API, the workspace and the candidate's status page. A step
/// from the wrong state is a 409; each step writes its timeline entry in the same save.
/// </summary>
public sealed class OfferOperations(AppDbContext db, EmailComposer composer, EmailDispatcher dispatcher, TimeProvider clock)
{
    const int MaxText = 2000;

    public async Task<PipelineResult<OfferResponse>> DraftAsync(Guid orgId, Guid applicationId, OfferInput input, Actor actor, CancellationToken ct)
    {
        var application = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId && a.OrganizationId == orgId)
            .Select(a => new { a.JobId, a.Outcome }).SingleOrDefaultAsync(ct);
        if (application is null) return PipelineResult<OfferResponse>.NotFound($"No application {applicationId} in this organization.");
        if (application.Outcome is not null) return PipelineResult<OfferResponse>.Conflict("The application has ended; reopen it before making an offer.");
        if (await db.Set<Offer>().AnyAsync(o => o.ApplicationId == applicationId && Open.Contains(o.State), ct))
            return PipelineResult<OfferResponse>.Conflict("The application has an offer in progress; change or cancel that one.");
        var job = await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == application.JobId, ct);
        var now = clock.GetUtcNow();
        var offer = new Offer
        {
            OrganizationId = orgId,
            ApplicationId = applicationId,
            JobId = application.JobId,
            State = OfferState.Draft,
            Currency = job.Salary?.Currency ?? "",
            Period = job.Salary?.Period ?? Analysis.Postings.SalaryPeriod.Year,
            CreatedAt = now,
            CreatedBy = actor.Name,
        };
        if (input.SalaryAmount is null) return PipelineResult<OfferResponse>.Invalid("salary_amount", "Say how much the offer pays.");
        var problem = await ApplyAsync(offer, input, job.Salary, ct);
        if (problem is not null) return problem;
        db.Add(offer);
        Event(offer, ApplicationEventKind.OfferDrafted, actor, now, Summary(offer));
        await db.SaveChangesAsync(ct);
        return PipelineResult<OfferResponse>.Ok(Response(offer, job.Salary));
    }

    public Task<PipelineResult<OfferResponse>> ChangeAsync(Guid orgId, Guid offerId, OfferInput input, Actor actor, CancellationToken ct) =>
        StepAsync(orgId, offerId, [OfferState.Draft], "changed only as a draft", async (offer, job, now) =>
        {
            var problem = await ApplyAsync(offer, input, job, ct);
            if (problem is not null) return problem;
            Event(offer, ApplicationEventKind.OfferChanged, actor, now, Summary(offer));
            return null;
        }, ct);

    public Task<PipelineResult<OfferResponse>> SubmitAsync(Guid orgId, Guid offerId, Actor actor, CancellationToken ct) =>
        StepAsync(orgId, offerId, [OfferState.Draft], "submitted for approval only as a draft", (offer, job, now) =>
        {
            if (offer.ApproverUserId is null) return Task.FromResult<PipelineResult<OfferResponse>?>(PipelineResult<OfferResponse>.Invalid("approver_id", "Choose who approves the offer first."));
            // The posting's range may have changed since the draft was written.
            if (DeviationProblem(offer, job) is { } problem) return Task.FromResult<PipelineResult<OfferResponse>?>(problem);
            offer.State = OfferState.AwaitingApproval;
            Event(offer, ApplicationEventKind.OfferSubmitted, actor, now, $"Awaiting approval by {offer.ApproverName}.");
            return Task.FromResult<PipelineResult<OfferResponse>?>(null);
        }, ct);

    public Task<PipelineResult<OfferResponse>> ApproveAsync(Guid orgId, Guid offerId, Actor actor, CancellationToken ct) =>
        StepAsync(orgId, offerId, [OfferState.AwaitingApproval], "approved only while it awaits approval", (offer, _, now) =>
        {
            if (NotTheApprover(offer, actor) is { } refused) return Task.FromResult<PipelineResult<OfferResponse>?>(refused);
            offer.State = OfferState.Approved;
            offer.ApprovedAt = now;
            Event(offer, ApplicationEventKind.OfferApproved, actor, now, null);
            return Task.FromResult<PipelineResult<OfferResponse>?>(null);
        }, ct);

    public Task<PipelineResult<OfferResponse>> DeclineApprovalAsync(Guid orgId, Guid offerId, OfferDecision decision, Actor actor, CancellationToken ct) =>
        StepAsync(orgId, offerId, [OfferState.AwaitingApproval], "declined only while it awaits approval", (offer, _, now) =>
        {
            if (NotTheApprover(offer, actor) is { } refused) return Task.FromResult<PipelineResult<OfferResponse>?>(refused);
            if (TooLong("reason", decision.Reason) is { } tooLong) return Task.FromResult<PipelineResult<OfferResponse>?>(tooLong);
            offer.State = OfferState.Draft;
            Event(offer, ApplicationEventKind.OfferApprovalDeclined, actor, now, Clean(decision.Reason));
            return Task.FromResult<PipelineResult<OfferResponse>?>(null);
        }, ct);

    /// <summary>Emails the offer (the organization's offer template, with a link to accept or decline) and marks it sent.</summary>
    public Task<PipelineResult<OfferResponse>> SendAsync(Guid orgId, Guid offerId, Actor actor, CancellationToken ct) =>
        StepAsync(orgId, offerId, [OfferState.Approved], "sent only once approved", async (offer, _, now) =>
        {
            var facts = (await EmailFacts.LoadAsync(db, orgId, [offer.ApplicationId], ct))[offer.ApplicationId];
            var (_, error) = await composer.AddAsync(db, facts, new EmailRequest(EmailTemplateKind.Offer, Variables: Variables(offer)), actor, now, ct);
            if (error is not null) return ApplicationEmails.TemplateProblem<OfferResponse>(error);
            offer.State = OfferState.Sent;
            offer.SentAt = now;
            Event(offer, ApplicationEventKind.OfferSent, actor, now, null);
            return null;
        }, ct, afterSave: dispatcher.Wake);

    /// <summary>The candidate's answer: from their status page (actor null) or recorded by the team.</summary>
    public Task<PipelineResult<OfferResponse>> AnswerAsync(Guid orgId, Guid offerId, OfferAnswer answer, Actor? actor, CancellationToken ct) =>
        StepAsync(orgId, offerId, [OfferState.Sent], "answered only once sent and before it is answered", (offer, _, now) =>
        {
            if (answer.Accepted is not { } accepted) return Task.FromResult<PipelineResult<OfferResponse>?>(PipelineResult<OfferResponse>.Invalid("accepted", "Say whether the offer was accepted (true) or declined (false)."));
            if (TooLong("note", answer.Note) is { } tooLong) return Task.FromResult<PipelineResult<OfferResponse>?>(tooLong);
            offer.State = accepted ? OfferState.Accepted : OfferState.Declined;
            offer.AnsweredAt = now;
            offer.AnsweredBy = actor?.Name;
            Event(offer, accepted ? ApplicationEventKind.OfferAccepted : ApplicationEventKind.OfferDeclined, actor, now, Clean(answer.Note));
            return Task.FromResult<PipelineResult<OfferResponse>?>(null);
        }, ct);

    public Task<PipelineResult<OfferResponse>> CancelAsync(Guid orgId, Guid offerId, OfferDecision decision, Actor actor, CancellationToken ct) =>
        StepAsync(orgId, offerId, Open, "cancelled only before it is answered", (offer, _, now) =>
        {
            if (TooLong("reason", decision.Reason) is { } tooLong) return Task.FromResult<PipelineResult<OfferResponse>?>(tooLong);
            offer.State = OfferState.Cancelled;
            Event(offer, ApplicationEventKind.OfferCancelled, actor, now, Clean(decision.Reason));
            return Task.FromResult<PipelineResult<OfferResponse>?>(null);
        }, ct);

    public async Task<OfferResponse?> GetAsync(Guid orgId, Guid offerId, CancellationToken ct)
    {
        var offer = await db.Set<Offer>().AsNoTracking().SingleOrDefaultAsync(o => o.Id == offerId && o.OrganizationId == orgId, ct);
        if (offer is null) return null;
        return Response(offer, (await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == offer.JobId, ct)).Salary);
    }

    /// <summary>An application's offers, newest first; null when the organization has no such application.</summary>
    public async Task<List<OfferResponse>?> ListAsync(Guid orgId, Guid applicationId, CancellationToken ct)
    {
        var jobId = await db.Applications.Where(a => a.Id == applicationId && a.OrganizationId == orgId).Select(a => (Guid?)a.JobId).SingleOrDefaultAsync(ct);
        if (jobId is null) return null;
        var salary = (await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == jobId, ct)).Salary;
        var offers = await db.Set<Offer>().AsNoTracking().Where(o => o.ApplicationId == applicationId && o.OrganizationId == orgId)
            .OrderByDescending(o => o.Id).ToListAsync(ct);
        return [.. offers.Select(o => Response(o, salary))];
    }

    public static readonly OfferState[] Open = [OfferState.Draft, OfferState.AwaitingApproval, OfferState.Approved, OfferState.Sent];

    /// <summary>What the offer template's {{ offer.* }} placeholders read.</summary>
    public static Dictionary<string, object?> Variables(Offer offer) => new()
    {
        ["offer"] = new Dictionary<string, object?>
        {
            ["salary"] = $"{SalaryCheck.Money(offer.SalaryAmount, offer.Currency)} per {SalaryCheck.Period(offer.Period)}",
            ["amount"] = offer.SalaryAmount,
            ["currency"] = offer.Currency,
            ["period"] = SalaryCheck.Period(offer.Period),
            ["start_date"] = offer.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "to be agreed",
            ["notes"] = offer.Notes,
        },
    };

    async Task<PipelineResult<OfferResponse>> StepAsync(
        Guid orgId, Guid offerId, OfferState[] from, string rule,
        Func<Offer, Jobs.SalaryRange?, DateTimeOffset, Task<PipelineResult<OfferResponse>?>> step, CancellationToken ct, Action? afterSave = null)
    {
        var offer = await db.Set<Offer>().SingleOrDefaultAsync(o => o.Id == offerId && o.OrganizationId == orgId, ct);
        if (offer is null) return PipelineResult<OfferResponse>.NotFound($"No offer {offerId} in this organization.");
        if (!from.Contains(offer.State))
            return PipelineResult<OfferResponse>.Conflict($"The offer is {Word(offer.State)}; it can be {rule}.", new() { ["state"] = Word(offer.State) });
        var salary = (await db.Jobs.AsNoTracking().SingleAsync(j => j.Id == offer.JobId, ct)).Salary;
        var problem = await step(offer, salary, clock.GetUtcNow());
        if (problem is not null)
        {
            db.ChangeTracker.Clear();
            return problem;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else took a step first: the state this one was based on is gone.
            db.ChangeTracker.Clear();
            return PipelineResult<OfferResponse>.Conflict("The offer changed while this step was being taken; look again.");
        }
        afterSave?.Invoke();
        return PipelineResult<OfferResponse>.Ok(Response(offer, salary));
    }

    /// <summary>Applies a draft's terms; the problem when they are invalid (400), the approver unknown (400) or the salary off-range without a reason (422).</summary>
    async Task<PipelineResult<OfferResponse>?> ApplyAsync(Offer offer, OfferInput input, Jobs.SalaryRange? range, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.SalaryAmount is { } amount)
        {
            if (amount <= 0 || amount > 100_000_000) errors["salary_amount"] = ["The salary must be more than 0."];
            else offer.SalaryAmount = amount;
        }
        if (input.Currency is { } currency)
        {
            currency = currency.Trim().ToUpperInvariant();
            if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)) errors["currency"] = ["A three-letter ISO 4217 code, such as EUR or USD."];
            else offer.Currency = currency;
        }
        if (offer.Currency.Length == 0 && !errors.ContainsKey("currency")) errors["currency"] = ["Say the currency: the posting states none."];
        if (input.Period is { } period) offer.Period = period;
        if (input.StartDate is { } start) offer.StartDate = start;
        if (input.Notes is not null) offer.Notes = Clean(input.Notes);
        if (input.DeviationReason is not null) offer.DeviationReason = Clean(input.DeviationReason);
        if ((offer.Notes?.Length ?? 0) > MaxText) errors["notes"] = [$"At most {MaxText} characters."];
        if ((offer.DeviationReason?.Length ?? 0) > MaxText) errors["deviation_reason"] = [$"At most {MaxText} characters."];
        if (input.ApproverId is { } approverId)
        {
            var approver = await db.Users.AsNoTracking().Where(u => u.Id == approverId && u.OrganizationId == offer.OrganizationId)
                .Select(u => u.DisplayName).SingleOrDefaultAsync(ct);
            if (approver is null) errors["approver_id"] = ["Not a member of this organization's team."];
            else (offer.ApproverUserId, offer.ApproverName) = (approverId, approver);
        }
        if (errors.Count > 0) return PipelineResult<OfferResponse>.Invalid(errors);
        return DeviationProblem(offer, range);
    }

    static PipelineResult<OfferResponse>? DeviationProblem(Offer offer, Jobs.SalaryRange? range)
    {
        var deviation = SalaryCheck.Deviation(range, offer.SalaryAmount, offer.Currency, offer.Period);
        if (deviation is null || offer.DeviationReason is not null) return null;
        return new(default, StatusCodes.Status422UnprocessableEntity, $"{deviation} Give a reason for the difference (deviation_reason).",
            Facts: new() { ["deviation"] = deviation, ["field"] = "deviation_reason" });
    }

    static PipelineResult<OfferResponse>? NotTheApprover(Offer offer, Actor actor) =>
        actor.UserId is { } id && id == offer.ApproverUserId ? null
            : new(default, StatusCodes.Status403Forbidden, $"Only the approver, {offer.ApproverName}, signed in as themselves, can approve or decline this offer.");

    void Event(Offer offer, ApplicationEventKind kind, Actor? actor, DateTimeOffset now, string? note) => db.ApplicationEvents.Add(new ApplicationEvent
    {
        OrganizationId = offer.OrganizationId,
        ApplicationId = offer.ApplicationId,
        Kind = kind,
        At = now,
        ActorUserId = actor?.UserId,
        ActorName = actor?.Name,
        Note = note,
        SubjectId = offer.Id,
    });

    static OfferResponse Response(Offer offer, Jobs.SalaryRange? range) =>
        OfferResponse.From(offer, SalaryCheck.Deviation(range, offer.SalaryAmount, offer.Currency, offer.Period));

    static string Summary(Offer o) => $"{SalaryCheck.Money(o.SalaryAmount, o.Currency)} per {SalaryCheck.Period(o.Period)}"
        + (o.StartDate is { } d ? $", starting {d:yyyy-MM-dd}" : "") + (o.DeviationReason is { } r ? $"; outside the posted range because: {r}" : "");

    static PipelineResult<OfferResponse>? TooLong(string field, string? text) =>
        text?.Trim().Length > MaxText ? PipelineResult<OfferResponse>.Invalid(field, $"At most {MaxText} characters.") : null;

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string Word(OfferState state) => EnumText.Name(state).Replace('_', ' ');
}
