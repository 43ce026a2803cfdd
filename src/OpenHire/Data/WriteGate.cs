namespace OpenHire.Data;

/// <summary>
/// Queues the hot write paths in memory before they reach the database. SQLite has one writer at a
/// time and its driver retries a busy database by sleeping 150 ms, which turns contention into
/// long tails; an async FIFO queue in the one process that owns the file does not. On PostgreSQL
/// the gate is open.
/// </summary>
public sealed class WriteGate
{
    readonly SemaphoreSlim? gate;

    WriteGate(SemaphoreSlim? gate) => this.gate = gate;

    public static WriteGate For(DatabaseProvider provider) => new(provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (gate is null) return Released.Instance;
        await gate.WaitAsync(ct);
        return new Held(gate);
    }

    sealed class Held(SemaphoreSlim gate) : IDisposable
    {
        int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }

    sealed class Released : IDisposable
    {
        public static readonly Released Instance = new();
        public void Dispose() { }
    }
}
