using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenHire.Data;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>OpenHire configured for SMTP, against a real SMTP server (Debian's python3-aiosmtpd, started by the test).</summary>
public sealed class SmtpApp : AppFixture
{
    public int SmtpPort { get; } = FreePort();
    public string Maildir => Path.Combine(DataDirectory, "maildir");
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    Process? server;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "openhire.db")}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", SmtpPort.ToString());
        builder.UseSetting("Email:Smtp:UseTls", "false");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Starts the SMTP server; a missing python3-aiosmtpd fails the test rather than skipping it.</summary>
    public async Task StartSmtpAsync()
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{SmtpPort}", "-c", "aiosmtpd.handlers.Mailbox", Maildir })
            start.ArgumentList.Add(arg);
        server = Process.Start(start) ?? throw new InvalidOperationException("Could not start python3 -m aiosmtpd (apt-get install python3-aiosmtpd; ./test.sh does).");
        for (var i = 0; i < 100; i++)
        {
            if (server.HasExited) throw new InvalidOperationException("aiosmtpd exited: " + await server.StandardError.ReadToEndAsync());
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, SmtpPort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("aiosmtpd did not start listening.");
    }

    public void StopSmtp()
    {
        server?.Kill(entireProcessTree: true);
        server?.WaitForExit();
        server = null;
    }

    public override async ValueTask DisposeAsync()
    {
        StopSmtp();
        await base.DisposeAsync();
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class SmtpTests(SmtpApp app) : IClassFixture<SmtpApp>
{
    [Fact]
    public async Task Confirmations_go_out_by_smtp_and_wait_in_the_outbox_while_the_server_is_down()
    {
        var org = await app.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();

        (await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(email: "down@example.com"))).EnsureSuccessStatusCode();
        var waiting = Assert.Single(await app.WaitForOutboxAsync(emails => emails.Any(m => m.LastError is not null)));
        Assert.Null(waiting.SentAt);
        Assert.Equal(1, waiting.Attempts);

        await app.StartSmtpAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        (await app.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm(email: "up@example.com"))).EnsureSuccessStatusCode();
        Assert.All(await app.WaitForOutboxAsync(emails => emails.Count == 2 && emails.All(m => m.SentAt is not null)), m => Assert.Null(m.LastError));

        var delivered = Directory.GetFiles(Path.Combine(app.Maildir, "new")).Select(File.ReadAllText).ToList();
        Assert.Equal(2, delivered.Count);
        Assert.Contains(delivered, m => m.Contains("To: Ada Lovelace <down@example.com>") && m.Contains($"Subject: We received your application: {job.Title}"));
        Assert.Contains(delivered, m => m.Contains("up@example.com"));
    }
}
