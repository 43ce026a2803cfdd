using OpenHire.Infrastructure.Caching;
using StackExchange.Redis;

namespace OpenHire.Infrastructure.Redis;

/// <summary>Cache generations in Redis, shared by every node: one GET per cached request, one INCR per change.</summary>
public sealed class RedisCacheGenerations(IConnectionMultiplexer redis, RedisSettings settings, ILogger<RedisCacheGenerations> log) : ICacheGenerations
{
    public async ValueTask<long?> CurrentAsync(string scope, CancellationToken ct)
    {
        try
        {
            var value = await redis.GetDatabase().StringGetAsync(Key(scope));
            return value.IsNull ? 0 : (long)value;
        }
        catch (RedisException e)
        {
            // Without the generation a cached page could be stale: serve it uncached instead.
            log.LogWarning(e, "Cache generation unreadable; serving without the cache");
            return null;
        }
    }

    public async ValueTask BumpAsync(string scope, CancellationToken ct) =>
        await redis.GetDatabase().StringIncrementAsync(Key(scope));

    RedisKey Key(string scope) => $"{settings.InstanceName}cache-generation:{scope}";
}
