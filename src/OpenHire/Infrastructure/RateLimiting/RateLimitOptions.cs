namespace OpenHire.Infrastructure.RateLimiting;

/// <summary>The "RateLimits" configuration section: fixed windows per client IP (public) or per API key.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Careers pages and job-board reads, per client IP.</summary>
    public RateLimit Public { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    /// <summary>Applications (form and API), per client IP.</summary>
    public RateLimit Apply { get; set; } = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) };

    /// <summary>The authenticated API, per API key.</summary>
    public RateLimit Api { get; set; } = new() { PermitLimit = 1200, Window = TimeSpan.FromMinutes(1) };
}

public sealed class RateLimit
{
    /// <summary>Requests allowed per window; 0 turns the limit off.</summary>
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
