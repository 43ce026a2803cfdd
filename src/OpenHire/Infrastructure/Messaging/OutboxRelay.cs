using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenHire.Data;
using OpenHire.Infrastructure.Telemetry;
using RabbitMQ.Client;

namespace OpenHire.Infrastructure.Messaging;

/// <summary>
/// Publishes the outbox to RabbitMQ: claims a batch with one conditional update (so any number of
/// processes can relay without publishing a row twice), publishes each message with a publisher
/// confirm, and marks the confirmed ones sent. A relay that dies between the confirm and the mark
/// publishes those rows again after the claim expires: delivery is at least once, and consumers
/// deduplicate by message id. Also prunes old rows, with or without a broker.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes, RabbitMqConnection rabbit, OutboxSignal signal, WriteGate writes, TimeProvider clock,
    OpenHireMetrics metrics, IOptions<RabbitMqOptions> rabbitOptions, IOptions<EventsOptions> eventsOptions, ILogger<OutboxRelay> log)
    : BackgroundService
{
    public const string EventContentType = "application/cloudevents+json; charset=utf-8";
    static readonly TimeSpan ClaimFor = TimeSpan.FromSeconds(30);
    const int BatchSize = 200;
    readonly RabbitMqOptions settings = rabbitOptions.Value;
    readonly EventsOptions events = eventsOptions.Value;
    DateTimeOffset nextPrune = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        var relaying = settings.Enabled && settings.Relay;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (relaying)
                    while (await PublishPendingAsync(stop) > 0) { }
                if (clock.GetUtcNow() >= nextPrune)
                {
                    await PruneAsync(stop);
                    nextPrune = clock.GetUtcNow() + events.PruneEvery;
                }
            }
            catch (Exception e) when (!stop.IsCancellationRequested)
            {
                log.LogWarning(e, "Outbox relay pass failed; retrying at the next poll");
            }
            try { await signal.WaitAsync(relaying ? settings.RelayInterval : events.PruneEvery, stop); } catch (OperationCanceledException) { }
        }
    }

    /// <summary>Publishes one batch of due messages and returns how many it claimed.</summary>
    public async Task<int> PublishPendingAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow();
        var due = await Due(db, now).OrderBy(m => m.Id).Select(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0) return 0;
        // Connect before claiming: with the broker down, rows stay unclaimed for the next pass.
        var connection = await rabbit.GetAsync(ct);
        var token = Guid.NewGuid();
        using (await writes.EnterAsync(ct))
            await Due(db, now).Where(m => due.Contains(m.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.ClaimToken, token)
                    .SetProperty(m => m.ClaimedUntil, now + ClaimFor)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        var claimed = await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimToken == token).OrderBy(m => m.Id).ToListAsync(ct);
        if (claimed.Count == 0) return 0;

        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        await DeclareAsync(channel, settings, ct);
        // Publishes go out together and each awaits its own confirm.
        var results = await Task.WhenAll(claimed.Select(m => TryPublishAsync(channel, m, ct)));
        var sent = claimed.Where((_, i) => results[i] is null).ToList();
        if (sent.Count > 0)
        {
            var ids = sent.Select(m => m.Id).ToList();
            using (await writes.EnterAsync(ct))
                await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ClaimToken == token)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, clock.GetUtcNow()).SetProperty(m => m.LastError, (string?)null), ct);
            foreach (var m in sent) metrics.MessagePublished(m.Channel);
        }
        var failed = claimed.Where((_, i) => results[i] is not null).ToList();
        if (failed.Count > 0)
        {
            // The claim stays: the rows are retried when it expires.
            log.LogWarning("{Failed} of {Claimed} outbox messages were not confirmed: {Error}", failed.Count, claimed.Count, results.First(r => r is not null));
            var ids = failed.Select(m => m.Id).ToList();
            await db.OutboxMessages.Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LastError, results.First(r => r is not null)), ct);
        }
        return claimed.Count;
    }

    /// <summary>The exchange and the work queue, declared by whoever talks to the broker first; declaring is idempotent.</summary>
    internal static async Task DeclareAsync(IChannel channel, RabbitMqOptions settings, CancellationToken ct)
    {
        await channel.ExchangeDeclareAsync(settings.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: ct);
        await channel.QueueDeclareAsync(settings.WorkQueue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
    }

    static IQueryable<OutboxMessage> Due(AppDbContext db, DateTimeOffset now) =>
        db.OutboxMessages.Where(m => m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now));

    async Task<string?> TryPublishAsync(IChannel channel, OutboxMessage message, CancellationToken ct)
    {
        try
        {
            var properties = new BasicProperties
            {
                MessageId = message.Id.ToString(),
                Type = message.Type,
                Persistent = true,
                Timestamp = new AmqpTimestamp(message.OccurredAt.ToUnixTimeSeconds()),
                ContentType = message.Channel == MessageChannel.Event ? EventContentType : "application/json",
            };
            if (message.Channel == MessageChannel.Event)
                await channel.BasicPublishAsync(settings.Exchange, message.Type, mandatory: false, properties, CloudEvent(message), ct);
            else
                await channel.BasicPublishAsync("", settings.WorkQueue, mandatory: true, properties, WorkBody(message), ct);
            return null;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            return e.Message;
        }
    }

    /// <summary>The event in CloudEvents 1.0 structured JSON.</summary>
    public static byte[] CloudEvent(OutboxMessage m)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("specversion", "1.0");
            json.WriteString("id", m.Id.ToString());
            json.WriteString("source", $"/organizations/{m.OrganizationId}");
            json.WriteString("type", m.Type);
            json.WriteString("subject", m.Subject);
            json.WriteString("time", m.OccurredAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'"));
            json.WriteString("datacontenttype", "application/json");
            json.WritePropertyName("data");
            json.WriteRawValue(m.Data);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    static byte[] WorkBody(OutboxMessage m) => Encoding.UTF8.GetBytes(m.Data);

    async Task PruneAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cutoff = clock.GetUtcNow() - events.Retention;
        // Without a broker nobody reads the outbox: events are kept only for the retention period.
        var old = settings.Enabled
            ? db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < cutoff)
            : db.OutboxMessages.Where(m => m.OccurredAt < cutoff);
        using (await writes.EnterAsync(ct))
        {
            var pruned = await old.ExecuteDeleteAsync(ct);
            var processed = await db.ProcessedMessages.Where(p => p.ProcessedAt < cutoff).ExecuteDeleteAsync(ct);
            if (pruned + processed > 0) log.LogInformation("Pruned {Messages} outbox messages and {Processed} processed-message records", pruned, processed);
        }
    }
}
