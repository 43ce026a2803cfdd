namespace OpenHire.Infrastructure.Messaging;

/// <summary>
/// A message an in-app consumer has handled, inserted in the same transaction as the consumer's
/// effects: a redelivered message finds its row and is acknowledged without running again.
/// </summary>
public sealed class ProcessedMessage
{
    public required string Consumer { get; init; }
    public Guid MessageId { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
