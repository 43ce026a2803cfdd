using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using OpenHire.Data;
using OpenHire.Infrastructure.Email;
using OpenHire.Infrastructure.Telemetry;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

public sealed class MetricsSqliteTests(SqliteApp app) : MetricsTests(app), IClassFixture<SqliteApp>;
public sealed class MetricsPostgresTests(PostgresApp app) : MetricsTests(app), IClassFixture<PostgresApp>;

/// <summary>The Prometheus scrape endpoint and OpenHire's own metrics, read as Prometheus reads them.</summary>
public abstract class MetricsTests(AppFixture app)
{
    [Fact]
    public async Task Metrics_show_http_requests_and_accepted_applications()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var applied = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm());
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);

        var response = await app.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Matches(@"(?m)^http_server_request_duration_seconds_bucket\{.*http_route=""/api/v1/job-board/\{slug\}/jobs/\{jobId:guid\}/applications"".*\} \d+", text);
        Assert.True(Value(text, "openhire_applications_accepted_total") >= 1);
        Assert.Equal(0, Value(text, "openhire_queue_depth"));
    }

    [Fact]
    public async Task Outbox_lag_is_the_age_of_the_oldest_email_still_to_send()
    {
        // A row another sender has claimed, created ten minutes ago: nobody here will send it.
        var created = DateTimeOffset.UtcNow.AddMinutes(-10);
        var stuck = new OutboxEmail
        {
            Id = Guid.CreateVersion7(created), ToAddress = "late@example.com", ToName = "Late", Subject = "s", TextBody = "b",
            CreatedAt = created, ClaimedUntil = DateTimeOffset.UtcNow.AddHours(1), ClaimToken = Guid.NewGuid(),
        };
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.OutboxEmails.Add(stuck);
            await db.SaveChangesAsync();
        }
        try
        {
            await app.Services.GetRequiredService<MetricsSampler>().SampleAsync(default);
            var lag = Value(await app.CreateClient().GetStringAsync("/metrics"), "openhire_outbox_lag_seconds");
            Assert.InRange(lag, 600, 660);
        }
        finally
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxEmails.Where(m => m.Id == stuck.Id).ExecuteDeleteAsync();
        }
        await app.Services.GetRequiredService<MetricsSampler>().SampleAsync(default);
        // Other tests on this host may have a confirmation a moment old still to send; the stuck one is gone.
        Assert.InRange(Value(await app.CreateClient().GetStringAsync("/metrics"), "openhire_outbox_lag_seconds"), 0, 60);
    }

    [Fact]
    public async Task Resume_parsing_is_measured_by_outcome()
    {
        var metrics = app.Services.GetRequiredService<OpenHireMetrics>();
        metrics.RecordResumeParse(TimeSpan.FromMilliseconds(40), ok: true);
        metrics.RecordResumeParse(TimeSpan.FromSeconds(3), ok: false);

        var text = await app.CreateClient().GetStringAsync("/metrics");

        Assert.True(Value(text, "openhire_resume_parse_completed_total", "outcome=\"parsed\"") >= 1);
        Assert.True(Value(text, "openhire_resume_parse_completed_total", "outcome=\"failed\"") >= 1);
        Assert.True(Value(text, "openhire_resume_parse_duration_seconds_count", "outcome=\"failed\"") >= 1);
        Assert.Matches(@"(?m)^openhire_resume_parse_duration_seconds_bucket\{.*outcome=""parsed"".*le=""0\.05"".*\} [1-9]", text);
    }

    [Fact]
    public async Task Every_metric_the_alerts_and_the_dashboard_read_is_exported()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(email: "metrics@example.com"));
        app.Services.GetRequiredService<OpenHireMetrics>().RecordResumeParse(TimeSpan.FromSeconds(1), ok: true);

        var exported = Regex.Matches(await app.CreateClient().GetStringAsync("/metrics"), @"(?m)^([a-z_]+)[{ ]").Select(m => m.Groups[1].Value).ToHashSet();

        var monitoring = Path.Combine(RepositoryRoot(), "deploy", "monitoring");
        var queries = File.ReadAllText(Path.Combine(monitoring, "prometheus", "openhire-rules.yml"))
            + File.ReadAllText(Path.Combine(monitoring, "grafana", "openhire-dashboard.json"));
        var used = Regex.Matches(queries, @"\b(?:openhire|http_server)_[a-z_]+\b").Select(m => m.Value).ToHashSet();
        Assert.Contains("openhire_outbox_lag_seconds", used);
        Assert.Empty(used.Except(exported));
    }

    static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir.FullName, "OpenHire.slnx"))) dir = dir.Parent ?? throw new DirectoryNotFoundException("OpenHire.slnx");
        return dir.FullName;
    }

    /// <summary>The value of the one sample of <paramref name="metric"/> whose labels contain <paramref name="label"/>.</summary>
    static double Value(string exposition, string metric, string label = "")
    {
        var samples = Regex.Matches(exposition, $@"(?m)^{Regex.Escape(metric)}\{{([^}}]*)\}} (\S+)")
            .Where(m => m.Groups[1].Value.Contains(label)).ToList();
        Assert.True(samples.Count == 1, $"Expected one {metric} sample with {label}, found {samples.Count} in:\n{exposition}");
        return double.Parse(samples[0].Groups[2].Value, CultureInfo.InvariantCulture);
    }
}

/// <summary>With a metrics port, /metrics is served there alone, out of reach of whatever forwards the public port.</summary>
public sealed class MetricsPortTests
{
    [Fact]
    public async Task Metrics_answer_on_the_metrics_port_only()
    {
        var (publicPort, metricsPort) = (FreePort(), FreePort());
        await using var app = new SqliteApp();
        using var server = app.WithWebHostBuilder(b => b.UseSetting("Telemetry:MetricsPort", metricsPort.ToString()));
        server.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, publicPort);
            k.Listen(IPAddress.Loopback, metricsPort);
        });
        server.StartServer();
        using var http = new HttpClient();

        var onMetricsPort = await http.GetAsync($"http://127.0.0.1:{metricsPort}/metrics");
        var onPublicPort = await http.GetAsync($"http://127.0.0.1:{publicPort}/metrics");

        Assert.Equal(HttpStatusCode.OK, onMetricsPort.StatusCode);
        Assert.Contains("target_info", await onMetricsPort.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, onPublicPort.StatusCode);
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Sentry is part of the app only when a DSN says where errors go.</summary>
public sealed class SentryRegistrationTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("https://public@127.0.0.1:9/1", true)]
    public void Sentry_is_registered_only_with_a_dsn(string? dsn, bool registered)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Sentry:Dsn"] = dsn;
        builder.AddOpenHireTelemetry();
        using var host = builder.Build();

        Assert.Equal(registered, host.Services.GetService<Sentry.IHub>() is { IsEnabled: true });
    }
}

/// <summary>OpenHire on SQLite with every log record captured.</summary>
public sealed class LoggedApp : AppFixture
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "openhire.db")};Pooling=True";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddFakeLogging()));
    }
}

/// <summary>Personal data never reaches a log sink as it is.</summary>
public sealed class RedactionTests(LoggedApp app) : IClassFixture<LoggedApp>
{
    const string Email = "grace.hopper@navy.example.com";

    [Fact]
    public async Task Applying_logs_no_personal_data()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();
        var applied = await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(name: "Grace Hopper", email: Email));
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        await app.WaitForOutboxAsync(emails => emails.All(m => m.SentAt is not null));

        var records = app.Services.GetFakeLogCollector().GetSnapshot();
        var sent = Assert.Single(records, r => r.Message.StartsWith("Email ") && r.Message.Contains(" sent to"));
        Assert.Equal("", sent.GetStructuredStateValue("Recipient"));
        var everything = string.Join("\n", records.Select(r => $"{r.Message} {r.Exception} {string.Join(" ", r.StructuredState ?? [])}"));
        Assert.DoesNotContain(Email, everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("415 555 0100", everything);
    }

    [Fact]
    public void With_a_redaction_key_an_email_becomes_the_same_token_every_time()
    {
        var key = Convert.ToBase64String(Enumerable.Range(1, 48).Select(i => (byte)i).ToArray());
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Telemetry:RedactionKey"] = key;
        builder.AddOpenHireTelemetry();
        builder.Logging.ClearProviders().AddFakeLogging();
        using var host = builder.Build();
        var log = host.Services.GetRequiredService<ILogger<EmailDispatcher>>();

        EmailLog.Sent(log, Guid.NewGuid(), Email);
        EmailLog.Sent(log, Guid.NewGuid(), Email);
        EmailLog.Sent(log, Guid.NewGuid(), "someone.else@example.com");

        var tokens = host.Services.GetFakeLogCollector().GetSnapshot().Select(r => r.GetStructuredStateValue("Recipient")!).ToList();
        Assert.Equal(3, tokens.Count);
        Assert.Equal(tokens[0], tokens[1]);
        Assert.NotEqual(tokens[0], tokens[2]);
        Assert.All(tokens, t => Assert.False(string.IsNullOrEmpty(t) || t.Contains('@'), $"not a token: {t}"));
    }
}
