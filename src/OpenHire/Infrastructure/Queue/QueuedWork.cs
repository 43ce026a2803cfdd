namespace OpenHire.Infrastructure.Queue;

/// <summary>
/// One piece of background work, such as reading a resume. It is written in the same transaction
/// as the change that asks for it, so committed work is never lost; a row is deleted when its work
/// is done and kept, marked failed, when it has used up its attempts.
/// </summary>
public sealed class QueuedWork
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid OrganizationId { get; init; }

    /// <summary>Which <see cref="IWorkHandler"/> does the work, e.g. <c>resume.read</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The row the work is about; handlers load it fresh, so the queue carries no stale copies.</summary>
    public Guid SubjectId { get; init; }

    public DateTimeOffset EnqueuedAt { get; init; }

    /// <summary>Not tried before this time: the back-off after a failed attempt.</summary>
    public DateTimeOffset NotBefore { get; set; }

    public int Attempts { get; set; }

    /// <summary>Until this time one worker owns the row; a crashed worker's claim simply expires.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

    public Guid? ClaimToken { get; set; }

    /// <summary>Set when the work gave up after its last attempt: a dead letter kept for inspection.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    public string? LastError { get; set; }
}
