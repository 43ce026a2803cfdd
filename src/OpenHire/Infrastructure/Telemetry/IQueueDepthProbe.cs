namespace OpenHire.Infrastructure.Telemetry;

/// <summary>Counts background jobs waiting to run, for the <c>openhire.queue.depth</c> gauge.</summary>
/// <remarks>
/// The durable work queue (resume parsing) replaces <see cref="NoQueueDepthProbe"/> by registering
/// its own implementation: telemetry registers the default with TryAdd, and the last registration
/// wins otherwise, so either order works.
/// </remarks>
public interface IQueueDepthProbe
{
    Task<long> CountPendingAsync(CancellationToken ct);
}

/// <summary>The probe until a queue exists: nothing is ever pending.</summary>
public sealed class NoQueueDepthProbe : IQueueDepthProbe
{
    public Task<long> CountPendingAsync(CancellationToken ct) => Task.FromResult(0L);
}
