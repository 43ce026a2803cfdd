using System.Text.Json;
using Microsoft.Extensions.Options;
using OpenHire.Infrastructure.Queue;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace OpenHire.Infrastructure.Messaging;

/// <summary>
/// Runs queued work as RabbitMQ delivers its messages: manual acks, a prefetch of twice the queue's
/// concurrency. A message only names a <see cref="QueuedWork"/> row, which is claimed as the sweep
/// claims it, so a redelivered message for work that is done (or running elsewhere) does nothing.
/// </summary>
public sealed class WorkMessageConsumer(
    RabbitMqConnection rabbit, WorkQueueProcessor processor, IOptions<RabbitMqOptions> rabbitOptions,
    IOptions<WorkQueueOptions> queueOptions, ILogger<WorkMessageConsumer> log) : BackgroundService
{
    static readonly TimeSpan RetryConnectEvery = TimeSpan.FromSeconds(5);
    readonly RabbitMqOptions settings = rabbitOptions.Value;
    readonly int concurrency = Math.Max(1, queueOptions.Value.Concurrency);

    protected override async Task ExecuteAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var connection = await rabbit.GetAsync(stop);
                await using var channel = await connection.CreateChannelAsync(
                    new CreateChannelOptions(false, false, consumerDispatchConcurrency: (ushort)concurrency), stop);
                await OutboxRelay.DeclareAsync(channel, settings, stop);
                await channel.BasicQosAsync(0, (ushort)(concurrency * 2), false, stop);
                var consumer = new AsyncEventingBasicConsumer(channel);
                consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery, stop);
                await channel.BasicConsumeAsync(settings.WorkQueue, autoAck: false, consumer, stop);
                // The client recovers the connection and this consumer by itself; a channel the broker
                // closed (or a connection that gave up) is opened again here.
                while (channel.IsOpen && !stop.IsCancellationRequested)
                    await Task.Delay(RetryConnectEvery, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested) { }
            catch (Exception e)
            {
                log.LogWarning("Consuming work from RabbitMQ failed ({Error}); the database sweep still runs it. Retrying in {Delay}", e.Message, RetryConnectEvery);
                try { await Task.Delay(RetryConnectEvery, stop); } catch (OperationCanceledException) { }
            }
        }
    }

    async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery, CancellationToken stop)
    {
        try
        {
            var message = JsonSerializer.Deserialize<WorkMessage>(delivery.Body.Span, DomainEvents.Json);
            if (message is not null) await processor.RunOneAsync(message.WorkId, stop);
            await channel.BasicAckAsync(delivery.DeliveryTag, false, stop);
        }
        catch (Exception e) when (!stop.IsCancellationRequested)
        {
            // The row is the truth: dropping the message leaves the work to the sweep.
            log.LogWarning(e, "Work message {MessageId} could not be handled; the sweep will run its work", delivery.BasicProperties.MessageId);
            await channel.BasicNackAsync(delivery.DeliveryTag, false, requeue: false, stop);
        }
    }
}

/// <summary>The body of a work message.</summary>
public sealed record WorkMessage(Guid WorkId, string Kind);
