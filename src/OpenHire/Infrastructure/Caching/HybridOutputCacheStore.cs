using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Hybrid;

namespace OpenHire.Infrastructure.Caching;

/// <summary>
/// Output cache entries in HybridCache: this node's memory first, then Redis, so a page one node
/// rendered is served by all. Eviction across nodes comes from the generation in each key
/// (<see cref="ICacheGenerations"/>); HybridCache does not tell other nodes' memory about removals.
/// </summary>
public sealed class HybridOutputCacheStore(HybridCache cache) : IOutputCacheStore
{
    /// <summary>Reads memory and Redis without running a factory or writing an empty entry.</summary>
    static readonly HybridCacheEntryOptions LookupOnly = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken ct) =>
        cache.GetOrCreateAsync<byte[]?>(key, static _ => ValueTask.FromResult<byte[]?>(null), LookupOnly, cancellationToken: ct);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken ct) =>
        cache.SetAsync(key, value, new HybridCacheEntryOptions { Expiration = validFor, LocalCacheExpiration = validFor }, tags, ct);

    public ValueTask EvictByTagAsync(string tag, CancellationToken ct) => cache.RemoveByTagAsync(tag, ct);
}
