using Microsoft.EntityFrameworkCore;
using OpenHire.Data;
using Microsoft.Extensions.Options;
using OpenHire.Infrastructure.Email;
using OpenHire.Infrastructure.Messaging;

namespace OpenHire.Infrastructure.Telemetry;

/// <summary>
/// Reads the database for the gauges every <see cref="TelemetryOptions.SampleEvery"/>: a scrape
/// (or an OTLP export) must not run queries, and every replica scraping at once would multiply them.
/// </summary>
public sealed class MetricsSampler(
    IServiceScopeFactory scopes, OpenHireMetrics metrics, TelemetryOptions options, IOptions<RabbitMqOptions> rabbit,
    TimeProvider clock, ILogger<MetricsSampler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.SampleEvery, clock);
        try
        {
            do
            {
                try
                {
                    await SampleAsync(stop);
                }
                catch (Exception e) when (!stop.IsCancellationRequested)
                {
                    // The gauges keep their last values; the next tick tries again.
                    log.LogWarning(e, "Sampling the queue and outbox for metrics failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
    }

    /// <summary>Takes one sample now.</summary>
    public async Task SampleAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Ids are UUIDv7, so the smallest id is the oldest row; emails out of attempts are not waiting any more.
        var oldest = await db.OutboxEmails
            .Where(m => m.SentAt == null && m.Attempts < EmailDispatcher.MaxAttempts)
            .OrderBy(m => m.Id).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(ct);
        metrics.SetOldestUnsentEmail(oldest);
        // Without a broker the outbox is only a log: nothing is late.
        metrics.SetOldestUnrelayedMessage(rabbit.Value.Enabled
            ? await db.OutboxMessages.Where(m => m.SentAt == null).OrderBy(m => m.Id).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(ct)
            : null);
        metrics.SetQueueDepth(await db.QueuedWork.LongCountAsync(w => w.FailedAt == null, ct));
    }
}
