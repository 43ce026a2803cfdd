using System.Diagnostics.Metrics;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OpenHire.Infrastructure.Telemetry;

/// <summary>
/// Metrics (Prometheus <c>/metrics</c>, OTLP), traces (OTLP), structured logs with personal data
/// redacted, and Sentry when a DSN is configured.
/// </summary>
public static class TelemetryRegistration
{
    public const string ServiceName = "openhire";

    public static WebApplicationBuilder AddOpenHireTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<OpenHireMetrics>();
        builder.Services.AddSingleton<MetricsSampler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MetricsSampler>());
        AddOpenTelemetry(builder);
        AddRedactedLogs(builder, options);
        // Sentry only with a DSN: without one there is nowhere to send errors to.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Sentry:Dsn"])) builder.WebHost.UseSentry();
        return builder;
    }

    /// <summary>Serves <c>/metrics</c> in Prometheus text format, on <see cref="TelemetryOptions.MetricsPort"/> alone if set.</summary>
    public static WebApplication UseOpenHireTelemetry(this WebApplication app)
    {
        var port = app.Services.GetRequiredService<TelemetryOptions>().MetricsPort;
        if (port is null) app.UseOpenTelemetryPrometheusScrapingEndpoint();
        else app.UseOpenTelemetryPrometheusScrapingEndpoint(http => http.Connection.LocalPort == port && http.Request.Path == "/metrics");
        return app;
    }

    static void AddOpenTelemetry(WebApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceVersion: typeof(TelemetryRegistration).Assembly.GetName().Version?.ToString()))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(OpenHireMetrics.MeterName)
                // Prometheus scrapes every 15 s or so; a cached answer would only hide fresh values.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        builder.Services.ConfigureOpenTelemetryMeterProvider((services, m) => m.AddView(OwnMetersOnly(services.GetRequiredService<IMeterFactory>())));
        // Traces have nowhere to go without a collector, so they are only recorded when one is set.
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return;
        otel.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddSource("Npgsql"))
            .WithTracing(t => { if (Redis.RedisRegistration.IsConfigured(builder.Configuration)) t.AddRedisInstrumentation(); })
            .UseOtlpExporter();
    }

    /// <summary>
    /// A meter provider listens to meters by name in the whole process; this keeps to meters made
    /// by this host's factory (and unscoped ones such as the runtime's), so that several hosts in
    /// one process, as in the tests, do not report each other's numbers.
    /// </summary>
    static Func<Instrument, MetricStreamConfiguration?> OwnMetersOnly(IMeterFactory own) =>
        instrument => instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, own) ? null : MetricStreamConfiguration.Drop;

    static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");

    static void AddRedactedLogs(WebApplicationBuilder builder, TelemetryOptions options)
    {
        var personal = new DataClassificationSet(DataClasses.PersonalData);
        builder.Services.AddRedaction(r =>
        {
            if (string.IsNullOrWhiteSpace(options.RedactionKey)) r.SetRedactor<ErasingRedactor>(personal);
            else r.SetHmacRedactor(h => { h.Key = options.RedactionKey; h.KeyId = options.RedactionKeyId; }, personal);
        });
        builder.Logging.EnableRedaction();
        // The JSON formatter is chosen by configuration (Logging:Console:FormatterName=json), as deployments do.
        builder.Services.Configure<JsonConsoleFormatterOptions>(o =>
        {
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            o.IncludeScopes = true;
        });
    }
}
