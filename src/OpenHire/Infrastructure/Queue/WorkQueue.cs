using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenHire.Data;
using OpenHire.Infrastructure.Messaging;

namespace OpenHire.Infrastructure.Queue;

/// <summary>
/// Adds work to the queue inside the caller's unit of work, and wakes the processor once it is
/// committed. With RabbitMQ configured, each piece of work also gets an outbox message that the
/// relay publishes to the work queue, so workers start it without polling.
/// </summary>
public sealed class WorkQueue(TimeProvider clock, IOptions<RabbitMqOptions> rabbit)
{
    readonly SemaphoreSlim wake = new(0);

    /// <summary>Adds the work to <paramref name="db"/>; it is queued when the caller saves its changes.</summary>
    public void Enqueue(AppDbContext db, Guid organizationId, string kind, Guid subjectId)
    {
        var now = clock.GetUtcNow();
        var work = new QueuedWork { OrganizationId = organizationId, Kind = kind, SubjectId = subjectId, EnqueuedAt = now, NotBefore = now };
        db.QueuedWork.Add(work);
        if (rabbit.Value.Enabled)
            db.OutboxMessages.Add(new OutboxMessage
            {
                OrganizationId = organizationId,
                Channel = MessageChannel.Work,
                Type = kind,
                Subject = work.Id.ToString(),
                OccurredAt = now,
                Data = JsonSerializer.Serialize(new WorkMessage(work.Id, kind), DomainEvents.Json),
            });
    }

    /// <summary>Asks for a pass now instead of at the next poll; call after committing.</summary>
    public void Wake()
    {
        if (wake.CurrentCount == 0) wake.Release();
    }

    internal Task WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);
}
