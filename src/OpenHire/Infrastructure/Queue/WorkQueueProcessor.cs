using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenHire.Data;
using OpenHire.Infrastructure.Messaging;

namespace OpenHire.Infrastructure.Queue;

/// <summary>
/// Works the queue: claims a batch of due work with one conditional update (so any number of
/// processes can run it), runs each piece in its own scope, and commits the handler's changes
/// together with the removal of the row. Work whose attempts are used up is kept as failed.
/// </summary>
public sealed class WorkQueueProcessor(
    IServiceScopeFactory scopes, WorkQueue queue, WriteGate writes, TimeProvider clock,
    IOptions<WorkQueueOptions> options, IOptions<RabbitMqOptions> rabbit, ILogger<WorkQueueProcessor> log) : BackgroundService
{
    readonly WorkQueueOptions settings = options.Value;

    // When RabbitMQ delivers work, the sweep leaves fresh work to it and runs only what is overdue.
    readonly TimeSpan sweepAfter = rabbit.Value.Enabled ? rabbit.Value.SweepAfter : TimeSpan.Zero;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                while (await RunDueAsync(stop) > 0) { }
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                log.LogError(e, "Queue pass failed; retrying at the next poll");
            }
            try { await queue.WaitAsync(settings.PollInterval, stop); } catch (OperationCanceledException) { }
        }
    }

    /// <summary>Claims and runs one batch of due work; returns how many pieces it ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var batch = await ClaimAsync(ct);
        await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = ct },
            async (work, token) => await RunAsync(work, token));
        return batch.Count;
    }

    async Task<List<QueuedWork>> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var token = Guid.NewGuid();
        var due = await Due(db, now - sweepAfter).Where(w => w.ClaimedUntil == null || w.ClaimedUntil < now).OrderBy(w => w.Id).Select(w => w.Id).Take(settings.Concurrency * 4).ToListAsync(ct);
        if (due.Count == 0) return [];
        using (await writes.EnterAsync(ct))
            await Due(db, now).Where(w => due.Contains(w.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(w => w.ClaimToken, token)
                    .SetProperty(w => w.ClaimedUntil, now + settings.ClaimDuration)
                    .SetProperty(w => w.Attempts, w => w.Attempts + 1), ct);
        return await db.QueuedWork.AsNoTracking().Where(w => w.ClaimToken == token).ToListAsync(ct);
    }

    /// <summary>
    /// Claims and runs one piece of work, as a RabbitMQ message asks; false, doing nothing, when it
    /// is not due: done already, running elsewhere, failed, or waiting out a back-off.
    /// </summary>
    public async Task<bool> RunOneAsync(Guid workId, CancellationToken ct)
    {
        QueuedWork? work;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = clock.GetUtcNow();
            var token = Guid.NewGuid();
            int claimed;
            using (await writes.EnterAsync(ct))
                claimed = await Due(db, now).Where(w => w.Id == workId)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(w => w.ClaimToken, token)
                        .SetProperty(w => w.ClaimedUntil, now + settings.ClaimDuration)
                        .SetProperty(w => w.Attempts, w => w.Attempts + 1), ct);
            if (claimed == 0) return false;
            work = await db.QueuedWork.AsNoTracking().SingleAsync(w => w.Id == workId && w.ClaimToken == token, ct);
        }
        await RunAsync(work, ct);
        return true;
    }

    static IQueryable<QueuedWork> Due(AppDbContext db, DateTimeOffset now) =>
        db.QueuedWork.Where(w => w.FailedAt == null && w.NotBefore <= now && (w.ClaimedUntil == null || w.ClaimedUntil < now));

    async Task RunAsync(QueuedWork work, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetKeyedService<IWorkHandler>(work.Kind)
                ?? throw new InvalidOperationException($"No handler for work of kind \"{work.Kind}\".");
            await handler.HandleAsync(work, ct);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.QueuedWork.Attach(work);
            db.QueuedWork.Remove(work);
            using (await writes.EnterAsync(ct))
                await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(e, "{Kind} {SubjectId} failed (attempt {Attempt} of {MaxAttempts})", work.Kind, work.SubjectId, work.Attempts, settings.MaxAttempts);
            await FailAsync(work, e, ct);
        }
    }

    async Task FailAsync(QueuedWork work, Exception error, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var givingUp = work.Attempts >= settings.MaxAttempts;
        // Exponential back-off: 2 s, 4 s, 8 s ... capped at ten minutes.
        var retryAt = now + TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, work.Attempts)));
        using (await writes.EnterAsync(ct))
            await db.QueuedWork.Where(w => w.Id == work.Id && w.ClaimToken == work.ClaimToken)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(w => w.LastError, error.Message)
                    .SetProperty(w => w.ClaimedUntil, (DateTimeOffset?)null)
                    .SetProperty(w => w.NotBefore, retryAt)
                    .SetProperty(w => w.FailedAt, givingUp ? now : null), ct);
        if (!givingUp) return;
        try
        {
            var handler = scope.ServiceProvider.GetKeyedService<IWorkHandler>(work.Kind);
            if (handler is not null) await handler.GiveUpAsync(work, error.Message, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            log.LogError(e, "Recording the failure of {Kind} {SubjectId} failed", work.Kind, work.SubjectId);
        }
    }
}
