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

    /// <summary>The application the email is about, when there is one: its timeline lists the email.</summary>
    public Guid? ApplicationId { get; init; }

    /// <summary>The template it was written from (confirmation, rejection, …); null for ad-hoc emails.</summary>
    public string? TemplateKind { get; init; }

    /// <summary>Files sent with the email (an interview's .ics); kept with the row so the email can be shown as sent.</summary>
    public List<OutboxAttachment>? Attachments { get; init; }

    /// <summary>Not sent before this time: automatic emails wait, so an accidental move can be undone.</summary>
    public DateTimeOffset? SendAfter { get; init; }

    /// <summary>When it was called off before being sent; a cancelled email is never sent.</summary>
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Until this time one sender owns the row; a crashed sender's claim simply expires.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    /// <summary>Which sender's batch claimed the row last.</summary>
    public Guid? ClaimToken { get; set; }
}

/// <summary>A file attached to an outbox email.</summary>
public sealed record OutboxAttachment(string FileName, string ContentType, byte[] Content);
