using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenHire.Data;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace OpenHire.Infrastructure.Messaging;

/// <summary>
/// A part of OpenHire that reacts to events: it gets a durable queue of its own
/// (<c>{exchange}.{Name}</c>) bound with <see cref="BindingKeys"/>. Registered with
/// <see cref="EventConsumerRegistration.AddEventConsumer{T}"/>; resolved in a scope per message.
/// </summary>
public interface IEventConsumer
{
    /// <summary>Stable: it names the queue and the consumer's rows in <c>ProcessedMessages</c>.</summary>
    string Name { get; }

    IReadOnlyList<string> BindingKeys { get; }

    /// <summary>Makes the event's effects in <paramref name="db"/>, unsaved: they commit with the record that the message was handled.</summary>
    Task HandleAsync(ReceivedEvent received, AppDbContext db, CancellationToken ct);
}

/// <summary>An event as a consumer receives it.</summary>
public sealed record ReceivedEvent(Guid Id, string Type, string Subject, DateTimeOffset Time, JsonElement Data);

public static class EventConsumerRegistration
{
    public static IServiceCollection AddEventConsumer<T>(this IServiceCollection services) where T : class, IEventConsumer =>
        services.AddScoped<IEventConsumer, T>();
}

/// <summary>
/// Delivers events to the in-app consumers, each message exactly once per consumer: the message id
/// is inserted into <c>ProcessedMessages</c> in the same transaction as the consumer's effects, so
/// a redelivered message (the relay publishes at least once) finds it and is only acknowledged.
/// </summary>
public sealed class EventConsumerHost(
    IServiceScopeFactory scopes, RabbitMqConnection rabbit, WriteGate writes, TimeProvider clock,
    IOptions<RabbitMqOptions> rabbitOptions, ILogger<EventConsumerHost> log) : BackgroundService
{
    static readonly TimeSpan RetryConnectEvery = TimeSpan.FromSeconds(5);
    readonly RabbitMqOptions settings = rabbitOptions.Value;

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        List<(string Name, IReadOnlyList<string> Keys)> consumers;
        await using (var scope = scopes.CreateAsyncScope())
            consumers = [.. scope.ServiceProvider.GetServices<IEventConsumer>().Select(c => (c.Name, c.BindingKeys))];
        if (consumers.Count == 0) return;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var connection = await rabbit.GetAsync(stop);
                await using var channel = await connection.CreateChannelAsync(cancellationToken: stop);
                await OutboxRelay.DeclareAsync(channel, settings, stop);
                await channel.BasicQosAsync(0, 20, false, stop);
                foreach (var (name, keys) in consumers)
                {
                    var queue = $"{settings.Exchange}.{name}";
                    await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: stop);
                    foreach (var key in keys) await channel.QueueBindAsync(queue, settings.Exchange, key, cancellationToken: stop);
                    var consumer = new AsyncEventingBasicConsumer(channel);
                    consumer.ReceivedAsync += (_, delivery) => DeliverAsync(channel, name, delivery, stop);
                    await channel.BasicConsumeAsync(queue, autoAck: false, consumer, stop);
                }
                while (channel.IsOpen && !stop.IsCancellationRequested)
                    await Task.Delay(RetryConnectEvery, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e)
            {
                log.LogWarning("Consuming events from RabbitMQ failed ({Error}); retrying in {Delay}", e.Message, RetryConnectEvery);
                try { await Task.Delay(RetryConnectEvery, stop); } catch (OperationCanceledException) { }
            }
        }
    }

    async Task DeliverAsync(IChannel channel, string name, BasicDeliverEventArgs delivery, CancellationToken stop)
    {
        try
        {
            await HandleOnceAsync(name, Parse(delivery.Body.Span), stop);
            await channel.BasicAckAsync(delivery.DeliveryTag, false, stop);
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            // One retry through the broker; a message that fails twice is dropped and logged, not looped on.
            log.LogError(e, "Consumer {Consumer} failed on event {MessageId}", name, delivery.BasicProperties.MessageId);
            await channel.BasicNackAsync(delivery.DeliveryTag, false, requeue: !delivery.Redelivered, stop);
        }
    }

    /// <summary>Runs the consumer on the event unless it has handled it before; false when it had.</summary>
    public async Task<bool> HandleOnceAsync(string name, ReceivedEvent received, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.ProcessedMessages.AnyAsync(p => p.Consumer == name && p.MessageId == received.Id, ct)) return false;
        var consumer = scope.ServiceProvider.GetServices<IEventConsumer>().Single(c => c.Name == name);
        await consumer.HandleAsync(received, db, ct);
        db.ProcessedMessages.Add(new ProcessedMessage { Consumer = name, MessageId = received.Id, ProcessedAt = clock.GetUtcNow() });
        try
        {
            // One SaveChanges: the effects and the record commit together or not at all.
            using (await writes.EnterAsync(ct))
                await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return false; // the same message, delivered twice at once: the other delivery did it
        }
    }

    static ReceivedEvent Parse(ReadOnlySpan<byte> body)
    {
        var e = JsonDocument.Parse(body.ToArray()).RootElement;
        return new ReceivedEvent(e.GetProperty("id").GetGuid(), e.GetProperty("type").GetString()!, e.GetProperty("subject").GetString()!,
            e.GetProperty("time").GetDateTimeOffset(), e.GetProperty("data").Clone());
    }
}
