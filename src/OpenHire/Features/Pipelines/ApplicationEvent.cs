namespace OpenHire.Features.Pipelines;

/// <summary>
/// One entry of an application's timeline. Stage moves and outcomes fill the stage and reason
/// columns; later kinds of event (notes, emails, interviews) keep their own rows elsewhere and
/// point at them through <see cref="SubjectId"/>, so one ordered table is the whole timeline.
/// Ids are UUIDv7: id order is time order.
/// </summary>
public sealed class ApplicationEvent
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid ApplicationId { get; init; }
    public ApplicationEventKind Kind { get; init; }
    public DateTimeOffset At { get; init; }

    /// <summary>The staff member who acted; null for API keys, candidates and the system.</summary>
    public Guid? ActorUserId { get; init; }

    /// <summary>Who acted, as shown on the timeline: a staff member's name, "api-key:…", or null for the candidate.</summary>
    public string? ActorName { get; init; }

    public Guid? FromStageId { get; init; }
    public Guid? ToStageId { get; init; }
    public Guid? ReasonId { get; init; }

    /// <summary>Free text: why, in the actor's words.</summary>
    public string? Note { get; init; }

    /// <summary>The row this event is about in its own table (a note, an email, an interview), for kinds that have one.</summary>
    public Guid? SubjectId { get; init; }
}

public enum ApplicationEventKind
{
    /// <summary>The application arrived and entered the first stage.</summary>
    Applied,

    /// <summary>It moved from one stage to another.</summary>
    Moved,

    Rejected,
    Withdrawn,

    /// <summary>A rejected or withdrawn application came back into the pipeline.</summary>
    Reopened,

    /// <summary>The candidate was merged with a duplicate record; <see cref="ApplicationEvent.SubjectId"/> is the merged-away candidate.</summary>
    Merged,

    /// <summary>An email to the candidate was queued; <see cref="ApplicationEvent.SubjectId"/> is the outbox email.</summary>
    Emailed,

    /// <summary>A queued automatic email was called off before it was sent (the move was undone, or someone cancelled it).</summary>
    EmailCancelled,

    // Offers: SubjectId is the offer; Note says what changed or why.
    OfferDrafted,
    OfferChanged,
    OfferSubmitted,
    OfferApproved,
    OfferApprovalDeclined,
    OfferSent,
    OfferAccepted,
    OfferDeclined,
    OfferCancelled,

    /// <summary>An interview was scheduled, moved or cancelled; <see cref="ApplicationEvent.SubjectId"/> is the interview.</summary>
    InterviewScheduled,
    InterviewRescheduled,
    InterviewCancelled,

    /// <summary>An interviewer submitted (or revised) their scorecard; the subject is the scorecard.</summary>
    ScorecardSubmitted,
}
