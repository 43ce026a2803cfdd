

namespace OpenHire.Features.Offers;

/// <summary>
/// An offer to the candidate of one application. It is drafted, approved by the team member chosen
/// as approver, sent, and accepted or declined; <see cref="State"/> is a concurrency token, so two
/// steps taken at once cannot both succeed.
/// </summary>
public sealed class Offer
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid JobId { get; init; }
    public OfferState State { get; set; }

    public decimal SalaryAmount { get; set; }
    public required string Currency { get; set; }
    public SalaryPeriod Period { get; set; }
    public DateOnly? StartDate { get; set; }
    public string? Notes { get; set; }

    /// <summary>Why the salary is outside the posting's range (or in another currency or period); required then.</summary>
    public string? DeviationReason { get; set; }

    public Guid? ApproverUserId { get; set; }
    public string? ApproverName { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Who recorded the answer: null when the candidate answered on their status page.</summary>
    public string? AnsweredBy { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
}

/// <summary>
/// draft → awaiting_approval → approved → sent → accepted | declined; the approver declining sends
/// it back to draft; any offer not yet answered can be cancelled.
/// </summary>
public enum OfferState { Draft, AwaitingApproval, Approved, Sent, Accepted, Declined, Cancelled }
