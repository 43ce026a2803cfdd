namespace OpenHire.Infrastructure.Messaging;

/// <summary>The "RabbitMQ" configuration section: without a <see cref="Uri"/> no broker is used.</summary>
public sealed class RabbitMqOptions
{
    public const string Section = "RabbitMQ";

    /// <summary>e.g. <c>amqp://openhire:secret@rabbitmq:5672/</c>.</summary>
    public string? Uri { get; set; }

    /// <summary>The durable topic exchange events are published to, routed by their type.</summary>
    public string Exchange { get; set; } = "openhire.events";

    /// <summary>The durable queue of work messages that workers consume.</summary>
    public string WorkQueue { get; set; } = "openhire.work";

    /// <summary>Whether this process relays the outbox to the broker (any number of processes may).</summary>
    public bool Relay { get; set; } = true;

    /// <summary>How often the relay looks for messages when no save in this process woke it.</summary>
    public TimeSpan RelayInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How old queued work must be before the database sweep runs it when a broker delivers work:
    /// the sweep is then the fallback for messages that never arrived.
    /// </summary>
    public TimeSpan SweepAfter { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => !string.IsNullOrWhiteSpace(Uri);
}

/// <summary>The "Events" configuration section.</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>How long sent events (and, without a broker, every event) stay in the outbox.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    public TimeSpan PruneEvery { get; set; } = TimeSpan.FromHours(1);
}
