namespace OpenHire.Infrastructure.Messaging;

/// <summary>
/// A message waiting to leave for RabbitMQ, written in the same transaction as the change it
/// comes from, so a committed change always produces it. Events are CloudEvents (the columns are
/// their attributes); work messages only point at a <c>QueuedWork</c> row, which stays the truth.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>UUIDv7: the CloudEvent <c>id</c> and the AMQP message id consumers deduplicate by.</summary>
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }
    public MessageChannel Channel { get; init; }

    /// <summary>The CloudEvent <c>type</c> (e.g. <c>org.openhire.application.submitted.v1</c>) or the work kind; the routing key.</summary>
    public required string Type { get; init; }

    /// <summary>The id of what the message is about: the CloudEvent <c>subject</c>.</summary>
    public required string Subject { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The event's <c>data</c> as JSON (ids and names, never personal data).</summary>
    public required string Data { get; init; }

    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>Until this time one relay owns the row; a crashed relay's claim simply expires.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public Guid? ClaimToken { get; set; }
    public string? LastError { get; set; }
}

public enum MessageChannel
{
    /// <summary>A domain event, published to the topic exchange.</summary>
    Event,

    /// <summary>A nudge for one piece of queued work, published to the work queue.</summary>
    Work,
}
