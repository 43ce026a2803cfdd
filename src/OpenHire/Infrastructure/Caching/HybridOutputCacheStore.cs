using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Hybrid;

namespace OpenHire.Infrastructure.Caching;

/// <summary>
/// Output cache entries in HybridCache: this node's memory first, then Redis, so a page one node
/// rendered is served by all. Eviction across nodes comes from the generation in each key
/// (<see cref="ICacheGenerations"/>), not from HybridCache's tags: those do not reach other nodes'
/// memory, and an entry written just after a tag's removal was seen as removed too. Entries of an
/// old generation are never asked for again and expire.
/// </summary>
public sealed class HybridOutputCacheStore(HybridCache cache) : IOutputCacheStore
{
    /// <summary>Reads memory, then Redis (keeping a Redis hit in memory); a miss runs no factory and stores nothing.</summary>
    static readonly HybridCacheEntryOptions LookupOnly = new() { Flags = HybridCacheEntryFlags.DisableUnderlyingData };

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken ct) =>
        cache.GetOrCreateAsync<byte[]?>(Key(key), static _ => ValueTask.FromResult<byte[]?>(null), LookupOnly, cancellationToken: ct);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken ct) =>
        cache.SetAsync(Key(key), value, new HybridCacheEntryOptions { Expiration = validFor, LocalCacheExpiration = validFor }, cancellationToken: ct);

    public ValueTask EvictByTagAsync(string tag, CancellationToken ct) => ValueTask.CompletedTask;

    /// <summary>
    /// Output cache keys separate their parts with control characters, which HybridCache treats as
    /// an invalid key on reads (it then skips the cache); a hash of the key is short and plain.
    /// </summary>
    static string Key(string outputCacheKey) =>
        "page:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(outputCacheKey)));
}
