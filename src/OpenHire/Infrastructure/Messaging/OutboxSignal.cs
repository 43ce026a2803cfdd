namespace OpenHire.Infrastructure.Messaging;

/// <summary>Wakes the relay when a save has put messages in the outbox, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal
{
    readonly SemaphoreSlim wake = new(0);

    public void Wake()
    {
        if (wake.CurrentCount == 0) wake.Release();
    }

    internal Task WaitAsync(TimeSpan timeout, CancellationToken ct) => wake.WaitAsync(timeout, ct);
}
