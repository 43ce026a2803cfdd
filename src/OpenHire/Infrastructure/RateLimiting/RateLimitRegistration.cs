using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using OpenHire.Infrastructure.Redis;
using RedisRateLimiting;
using StackExchange.Redis;

namespace OpenHire.Infrastructure.RateLimiting;

/// <summary>
/// Rate limits answered with 429, a ProblemDetails body and Retry-After. Counters live in Redis
/// when it is configured, so every node counts against the same limit; in the process otherwise.
/// </summary>
public static class RateLimitRegistration
{
    public const string PublicPolicy = "public";
    public const string ApplyPolicy = "apply";
    public const string ApiPolicy = "api";

    public static IHostApplicationBuilder AddOpenHireRateLimits(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.Section));
        builder.Services.AddRateLimiter(o =>
        {
            o.AddPolicy(PublicPolicy, http => Partition(http, PublicPolicy, l => l.Public, ClientIp(http)));
            o.AddPolicy(ApplyPolicy, http => Partition(http, ApplyPolicy, l => l.Apply, ClientIp(http)));
            o.AddPolicy(ApiPolicy, http => Partition(http, ApiPolicy, l => l.Api, ApiKeyOrIp(http)));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = RejectAsync;
        });
        return builder;
    }

    static RateLimitPartition<string> Partition(HttpContext http, string policy, Func<RateLimitOptions, RateLimit> pick, string client)
    {
        var limit = pick(http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
        var key = $"{policy}:{client}";
        if (limit.PermitLimit <= 0) return RateLimitPartition.GetNoLimiter(key);
        var redis = http.RequestServices.GetService<IConnectionMultiplexer>();
        if (redis is null)
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit, Window = limit.Window, QueueLimit = 0,
            });
        var prefix = http.RequestServices.GetRequiredService<RedisSettings>().InstanceName;
        return RedisRateLimitPartition.GetFixedWindowRateLimiter($"{prefix}rate:{key}", _ => new RedisFixedWindowRateLimiterOptions
        {
            ConnectionMultiplexerFactory = () => redis, PermitLimit = limit.PermitLimit, Window = limit.Window,
        });
    }

    /// <summary>The client's address; behind a proxy, set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true so it is the real one.</summary>
    static string ClientIp(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>A fingerprint of the bearer key (never the key itself in Redis), or the address without one.</summary>
    static string ApiKeyOrIp(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return ClientIp(http);
        return "key-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(header[7..].Trim())))[..32];
    }

    static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : WindowOf(http);
        var seconds = (int)Math.Max(1, Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            detail: $"Too many requests from this client. Try again in {seconds} seconds.",
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(http);
    }

    static TimeSpan WindowOf(HttpContext http)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName switch
        {
            ApplyPolicy => limits.Apply.Window,
            ApiPolicy => limits.Api.Window,
            _ => limits.Public.Window,
        };
    }
}
