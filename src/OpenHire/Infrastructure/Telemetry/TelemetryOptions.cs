namespace OpenHire.Infrastructure.Telemetry;

/// <summary>The "Telemetry" configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>How often the queue-depth and outbox-lag gauges read the database.</summary>
    public TimeSpan SampleEvery { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// When set, <c>/metrics</c> answers only on this local port (list it in <c>Urls</c>), so an
    /// ingress that forwards the public port never exposes it. Unset: every port answers.
    /// </summary>
    public int? MetricsPort { get; set; }

    /// <summary>
    /// Base64 key (44+ characters) for HMAC redaction of personal data in logs: the same email
    /// always becomes the same token, so one person's log lines can still be followed. Unset:
    /// personal data is erased.
    /// </summary>
    public string? RedactionKey { get; set; }

    /// <summary>Names the key in redacted values, so values hashed with different keys are not compared.</summary>
    public int RedactionKeyId { get; set; } = 1;
}
