using System.Diagnostics.Metrics;
using OpenHire.Infrastructure.Messaging;

namespace OpenHire.Infrastructure.Telemetry;

/// <summary>
/// OpenHire's own meter, "OpenHire". Counters and histograms are recorded where the work happens;
/// the gauges only read values that <see cref="MetricsSampler"/> keeps fresh, so a scrape never
/// waits on the database.
/// </summary>
public sealed class OpenHireMetrics
{
    public const string MeterName = "OpenHire";

    readonly Counter<long> applicationsAccepted;
    readonly Histogram<double> resumeParseDuration;
    readonly Counter<long> resumeParseCompleted;
    readonly Counter<long> messagesPublished;
    readonly TimeProvider clock;
    long queueDepth;
    DateTimeOffset? oldestUnsentEmail;
    DateTimeOffset? oldestUnrelayedMessage;

    public OpenHireMetrics(IMeterFactory meters, TimeProvider clock)
    {
        this.clock = clock;
        var meter = meters.Create(MeterName);
        applicationsAccepted = meter.CreateCounter<long>("openhire.applications.accepted", "{application}", "Applications stored and confirmed");
        resumeParseDuration = meter.CreateHistogram("openhire.resume.parse.duration", "s", "Time to read one resume into a profile",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        resumeParseCompleted = meter.CreateCounter<long>("openhire.resume.parse.completed", "{resume}", "Resumes read, by outcome (parsed or failed)");
        meter.CreateObservableGauge("openhire.queue.depth", () => Interlocked.Read(ref queueDepth), "{job}", "Background jobs waiting to run");
        meter.CreateObservableGauge("openhire.outbox.lag", OutboxLagSeconds, "s", "Age of the oldest email still waiting to be sent; 0 when none waits");
        messagesPublished = meter.CreateCounter<long>("openhire.messages.published", "{message}", "Outbox messages confirmed by RabbitMQ, by channel (event or work)");
        meter.CreateObservableGauge("openhire.relay.lag", RelayLagSeconds, "s", "Age of the oldest outbox message not yet confirmed by RabbitMQ; 0 when none waits or no broker is configured");
    }

    public void ApplicationAccepted() => applicationsAccepted.Add(1);

    /// <summary>Called by the resume-parsing work once per resume, whatever the outcome.</summary>
    public void RecordResumeParse(TimeSpan duration, bool ok)
    {
        var outcome = new KeyValuePair<string, object?>("outcome", ok ? "parsed" : "failed");
        resumeParseDuration.Record(duration.TotalSeconds, outcome);
        resumeParseCompleted.Add(1, outcome);
    }

    internal void MessagePublished(MessageChannel channel) =>
        messagesPublished.Add(1, new KeyValuePair<string, object?>("channel", channel == MessageChannel.Event ? "event" : "work"));

    internal void SetOldestUnrelayedMessage(DateTimeOffset? occurredAt) => oldestUnrelayedMessage = occurredAt;

    internal void SetQueueDepth(long depth) => Interlocked.Exchange(ref queueDepth, depth);

    internal void SetOldestUnsentEmail(DateTimeOffset? createdAt) => oldestUnsentEmail = createdAt;

    // Computed at scrape time, so the lag keeps growing between two samples of a stuck outbox.
    double OutboxLagSeconds() => AgeSeconds(oldestUnsentEmail);

    double RelayLagSeconds() => AgeSeconds(oldestUnrelayedMessage);

    double AgeSeconds(DateTimeOffset? since) => since is { } oldest ? Math.Max(0, (clock.GetUtcNow() - oldest).TotalSeconds) : 0;
}
