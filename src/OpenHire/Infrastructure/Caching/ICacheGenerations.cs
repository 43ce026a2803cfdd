using System.Collections.Concurrent;

namespace OpenHire.Infrastructure.Caching;

/// <summary>
/// A counter per cache scope (one organization's public pages) that is part of every cache key in
/// it: bumping it makes every node miss the old entries at once, whatever each node keeps in memory.
/// </summary>
public interface ICacheGenerations
{
    /// <summary>The scope's current generation, or null when it cannot be read (then nothing is cached).</summary>
    ValueTask<long?> CurrentAsync(string scope, CancellationToken ct);

    ValueTask BumpAsync(string scope, CancellationToken ct);
}

/// <summary>Generations of one process: the embedded default, where one process holds the only cache.</summary>
public sealed class InProcessCacheGenerations : ICacheGenerations
{
    readonly ConcurrentDictionary<string, long> generations = new();

    public ValueTask<long?> CurrentAsync(string scope, CancellationToken ct) =>
        ValueTask.FromResult<long?>(generations.GetValueOrDefault(scope));

    public ValueTask BumpAsync(string scope, CancellationToken ct)
    {
        generations.AddOrUpdate(scope, 1, (_, n) => n + 1);
        return ValueTask.CompletedTask;
    }
}
