using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Data;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>--role web|worker: web nodes answer HTTP and leave background work to workers, which serve only health and metrics.</summary>
public sealed class RoleTests
{
    [Fact]
    public async Task A_worker_serves_health_and_nothing_else()
    {
        await using var worker = new SqliteApp();
        worker.Settings["Role"] = "worker";
        await worker.InitializeAsync();
        var client = worker.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/health/live"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/login")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/job-board/demo/jobs")).StatusCode);
    }

    [Fact]
    public async Task A_web_node_queues_work_and_email_that_only_a_worker_does()
    {
        await using var web = new SqliteApp();
        web.Settings["Role"] = "web";
        await web.InitializeAsync();
        var org = await web.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync();

        var applied = await web.CreateClient().PostAsync(Requests.ApplyUrl(org, job.Id), Requests.ApplicationForm());
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(2)); // ten of the test queue's polls
        Assert.Equal(1, await web.CountQueuedWorkAsync());
        Assert.Equal(1, await UnsentEmailsAsync(web));

        await using var running = new RestartedSqliteApp(web.DataDirectory) { KeepData = true };
        running.Settings["Role"] = "worker";
        await running.InitializeAsync();
        for (var i = 0; i < 150 && (await web.CountQueuedWorkAsync() > 0 || await UnsentEmailsAsync(web) > 0); i++) await Task.Delay(100);
        Assert.Equal(0, await web.CountQueuedWorkAsync());
        Assert.Equal(0, await UnsentEmailsAsync(web));
    }

    [Fact]
    public void An_unknown_role_stops_the_start()
    {
        using var app = new SqliteApp();
        app.Settings["Role"] = "janitor";
        var e = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("janitor", e.ToString());
    }

    static async Task<int> UnsentEmailsAsync(AppFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxEmails.CountAsync(e => e.SentAt == null);
    }
}
