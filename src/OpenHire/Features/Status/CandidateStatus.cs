using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using OpenHire.Features.Applications;
using OpenHire.Features.Offers;
using OpenHire.Features.Pipelines;

namespace OpenHire.Features.Status;

/// <summary>
/// What the candidate's status page shows. Built from a short list of fields chosen for the
/// candidate: no stage names of the team's, no notes, scores, reasons or who did what.
/// </summary>
public sealed record StatusView(
    string Token, string OrganizationName, string JobTitle, string Stage, DateTimeOffset AppliedAt, bool Ended,
    StatusOffer? Offer, IReadOnlyList<StatusReason> WithdrawalReasons);

/// <summary>An offer waiting for the candidate's answer.</summary>
public sealed record StatusOffer(Guid Id, string Salary, string StartDate, string? Notes);

public sealed record StatusReason(Guid Id, string Text);

/// <summary>The status page's reads and the candidate's own actions (withdraw, answer an offer), all keyed by the private token.</summary>
public sealed class CandidateStatus(AppDbContext db, OfferOperations offers, TimeProvider clock)
{
    /// <summary>Who the candidate is on the timeline: their own action, by no staff member.</summary>
    public static readonly Actor Candidate = new(null, "candidate");

    public async Task<StatusView?> ViewAsync(string token, CancellationToken ct)
    {
        if (await StatusLinks.FindAsync(db, token, ct) is not { } link) return null;
        var (orgId, applicationId) = link;
        var row = await (
            from a in db.Applications.AsNoTracking()
            where a.Id == applicationId && a.OrganizationId == orgId
            join j in db.Jobs on a.JobId equals j.Id
            join o in db.Organizations on a.OrganizationId equals o.Id
            join s in db.PipelineStages on a.StageId equals s.Id
            select new { o.Name, j.Title, a.JobId, a.CreatedAt, Stage = s.Name, s.Position, a.Outcome }).SingleOrDefaultAsync(ct);
        if (row is null) return null;
        var last = await db.PipelineStages.Where(s => s.JobId == row.JobId && s.RemovedAt == null).MaxAsync(s => s.Position, ct);
        var offer = await db.Set<Offer>().AsNoTracking().Where(o => o.ApplicationId == applicationId && o.State == OfferState.Sent)
            .OrderByDescending(o => o.Id).FirstOrDefaultAsync(ct);
        var reasons = row.Outcome is not null ? [] : await db.RejectionReasons.AsNoTracking()
            .Where(r => r.OrganizationId == orgId && r.Kind == ApplicationOutcome.Withdrawn && r.ArchivedAt == null)
            .OrderBy(r => r.Id).Select(r => new StatusReason(r.Id, r.Text)).ToListAsync(ct);
        return new StatusView(token, row.Name, row.Title, CandidateStages.Name(row.Stage, row.Position, last, row.Outcome), row.CreatedAt,
            row.Outcome is not null,
            offer is null || row.Outcome is not null ? null : new StatusOffer(offer.Id,
                $"{SalaryCheck.Money(offer.SalaryAmount, offer.Currency)} per {SalaryCheck.Period(offer.Period)}",
                offer.StartDate?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "to be agreed", offer.Notes),
            reasons);
    }

    /// <summary>Withdraws the application; null when the token opens nothing.</summary>
    public async Task<PipelineResult<ApplicationStageState>?> WithdrawAsync(string token, Guid? reasonId, string? note, CancellationToken ct)
    {
        if (await StatusLinks.FindAsync(db, token, ct) is not { } link) return null;
        var (orgId, applicationId) = link;
        return await PipelineOperations.WithdrawAsync(db, orgId, applicationId, new OutcomeRequest(reasonId, note), Candidate, clock.GetUtcNow(), ct);
    }

    /// <summary>Accepts or declines the application's offer; null when the token does not open this offer.</summary>
    public async Task<PipelineResult<OfferResponse>?> AnswerOfferAsync(string token, Guid offerId, bool accepted, CancellationToken ct)
    {
        if (await StatusLinks.FindAsync(db, token, ct) is not { } link) return null;
        var (orgId, applicationId) = link;
        if (!await db.Set<Offer>().AnyAsync(o => o.Id == offerId && o.ApplicationId == applicationId, ct)) return null;
        return await offers.AnswerAsync(orgId, offerId, new OfferAnswer(accepted), null, ct);
    }
}
