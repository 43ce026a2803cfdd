namespace OpenHire.Infrastructure.Email;

/// <summary>
/// An email waiting to be sent. It is written in the same transaction as the change that
/// caused it, so a committed application always gets its email, even across a crash.
/// </summary>
public sealed class OutboxEmail
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public required string ToAddress { get; init; }
    public required string ToName { get; init; }
    public required string Subject { get; init; }
    public required string TextBody { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>One text attachment, e.g. an interview's .ics: its file name, MIME type (with parameters) and content.</summary>
    public string? AttachmentFileName { get; init; }
    public string? AttachmentContentType { get; init; }
    public string? AttachmentText { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Until this time one sender owns the row; a crashed sender's claim simply expires.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>Which sender's batch claimed the row last.</summary>
    public Guid? ClaimToken { get; set; }
}
