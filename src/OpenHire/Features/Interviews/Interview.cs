namespace OpenHire.Features.Interviews;

/// <summary>
/// An interview of one application: when (stored in UTC, with the IANA zone it was planned in, so
/// invitations show the organizer's local time and calendars convert it), how long, where, and who
/// interviews. <see cref="Sequence"/> counts the changes calendar programs must apply (RFC 5545).
/// </summary>
public sealed class Interview
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public Guid ApplicationId { get; init; }
    public Guid JobId { get; init; }

    public DateTimeOffset StartsAt { get; set; }

    /// <summary>The IANA zone the start was given in, e.g. "Europe/Berlin".</summary>
    public string TimeZone { get; set; } = "UTC";
    public int DurationMinutes { get; set; }
    public string? Location { get; set; }
    public string? VideoLink { get; set; }

    public int Sequence { get; set; }
    public InterviewStatus Status { get; set; } = InterviewStatus.Scheduled;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public Guid? CreatedByUserId { get; init; }

    public List<InterviewParticipant> Interviewers { get; set; } = [];

    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);

    /// <summary>The calendar UID: the same for every version of this interview, so updates replace it.</summary>
    public string CalendarUid => $"interview-{Id:N}@openhire";
}

/// <summary>A staff member interviewing in one interview; carries the application so access checks are one join.</summary>
public sealed class InterviewParticipant
{
    public Guid InterviewId { get; init; }
    public Guid UserId { get; init; }
    public Guid OrganizationId { get; init; }
    public Guid ApplicationId { get; init; }
}

public enum InterviewStatus
{
    Scheduled,
    Cancelled,
}

public static class InterviewLimits
{
    public const int MinDuration = 5;
    public const int MaxDuration = 8 * 60;
    public const int MaxInterviewers = 20;
    public const int Place = 500;
    public const int Link = 2000;
}
