using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using OpenHire.Infrastructure.Caching;
using StackExchange.Redis;

namespace OpenHire.Infrastructure.Redis;

/// <summary>The "Redis" configuration section; Redis is used only when <see cref="Configuration"/> is set.</summary>
public sealed class RedisSettings
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis:6379,password=…</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Prefix of every key OpenHire writes, so several installs can share one Redis.</summary>
    public string InstanceName { get; set; } = "openhire:";
}

/// <summary>
/// With Redis configured, the nodes of a scaled-out install share: the public-page cache
/// (HybridCache with Redis as its second level), the data-protection key ring (so a cookie or form
/// token made by one node is accepted by another) and the rate-limit counters.
/// </summary>
public static class RedisRegistration
{
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{RedisSettings.Section}:Configuration"]);

    public static IHostApplicationBuilder AddOpenHireRedis(this IHostApplicationBuilder builder)
    {
        if (!IsConfigured(builder.Configuration)) return builder;
        var settings = builder.Configuration.GetSection(RedisSettings.Section).Get<RedisSettings>()!;
        var options = ConfigurationOptions.Parse(settings.Configuration!);
        // Start even while Redis is away and reconnect in the background; /health/ready reports it.
        options.AbortOnConnectFail = false;
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));

        services.AddStackExchangeRedisCache(o => o.InstanceName = settings.InstanceName);
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((o, sp) =>
            o.ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<IConnectionMultiplexer>()));
        services.AddHybridCache();
        services.AddSingleton<IOutputCacheStore, HybridOutputCacheStore>();
        services.AddSingleton<ICacheGenerations, RedisCacheGenerations>();

        // One application name for every node: the key ring's purpose strings must match.
        services.AddDataProtection().SetApplicationName("OpenHire");
        services.AddOptions<KeyManagementOptions>().Configure<IConnectionMultiplexer>((o, redis) =>
            o.XmlRepository = new RedisXmlRepository(() => redis.GetDatabase(), $"{settings.InstanceName}data-protection-keys"));

        services.AddHealthChecks().AddRedis(sp => sp.GetRequiredService<IConnectionMultiplexer>(), name: "redis", tags: ["ready"]);
        return builder;
    }
}
