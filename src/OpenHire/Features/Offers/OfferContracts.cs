

namespace OpenHire.Features.Offers;

/// <summary>A draft's terms; on a change, members left out stay as they are.</summary>
public sealed record OfferInput(
    decimal? SalaryAmount, string? Currency, SalaryPeriod? Period, DateOnly? StartDate, string? Notes, string? DeviationReason, Guid? ApproverId);

/// <summary>The approver's "no", or a candidate's or recruiter's answer, with an optional reason.</summary>
public sealed record OfferDecision(string? Reason = null);

/// <summary>The candidate's answer as the recruiter records it.</summary>
public sealed record OfferAnswer(bool? Accepted, string? Note = null);

public sealed record OfferResponse(
    Guid Id, Guid ApplicationId, Guid JobId, OfferState State, decimal SalaryAmount, string Currency, SalaryPeriod Period,
    DateOnly? StartDate, string? Notes, string? DeviationReason, string? Deviation, Guid? ApproverId, string? ApproverName,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ApprovedAt, DateTimeOffset? SentAt, DateTimeOffset? AnsweredAt, string? AnsweredBy)
{
    public static OfferResponse From(Offer o, string? deviation) => new(
        o.Id, o.ApplicationId, o.JobId, o.State, o.SalaryAmount, o.Currency, o.Period, o.StartDate, o.Notes, o.DeviationReason, deviation,
        o.ApproverUserId, o.ApproverName, o.CreatedAt, o.CreatedBy, o.ApprovedAt, o.SentAt, o.AnsweredAt, o.AnsweredBy);
}
