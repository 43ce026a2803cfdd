using OpenHire.Data;

namespace OpenHire.Infrastructure.Queue;

/// <summary>Adds work to the queue inside the caller's unit of work, and wakes the processor once it is committed.</summary>
public sealed class WorkQueue(TimeProvider clock)
{
    readonly SemaphoreSlim wake = new(0);

    /// <summary>Adds the work to <paramref name="db"/>; it is queued when the caller saves its changes.</summary>
    public void Enqueue(AppDbContext db, Guid organizationId, string kind, Guid subjectId)
    {
        var now = clock.GetUtcNow();
        db.QueuedWork.Add(new QueuedWork { OrganizationId = organizationId, Kind = kind, SubjectId = subjectId, EnqueuedAt = now, NotBefore = now });
    }

    /// <summary>Asks for a pass now instead of at the next poll; call after committing.</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0) wake.Release();
    }

    internal Task WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);
}
