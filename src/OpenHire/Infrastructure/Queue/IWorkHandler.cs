namespace OpenHire.Infrastructure.Queue;

/// <summary>
/// Does one kind of queued work. Work may run more than once (a worker can die after doing it but
/// before deleting its row), so handlers are idempotent: they recompute and overwrite.
/// Registered as a keyed service under its kind.
/// </summary>
public interface IWorkHandler
{
    /// <summary>
    /// Does the work, leaving its changes unsaved in the scope's <c>AppDbContext</c>: they commit in one
    /// transaction with the removal of the work from the queue. An exception means "try again later".
    /// </summary>
    Task HandleAsync(QueuedWork work, CancellationToken ct);

    /// <summary>Called once when the work has failed its last attempt, to record (and save) the failure where users see it.</summary>
    Task GiveUpAsync(QueuedWork work, string error, CancellationToken ct);
}
