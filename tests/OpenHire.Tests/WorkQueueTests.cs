using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenHire.Data;
using OpenHire.Features.Resumes;
using OpenHire.Tests.Infrastructure;

namespace OpenHire.Tests;

/// <summary>
/// The durable queue across process lifetimes: work committed by one host is done by the next,
/// a dead worker's claim expires, and work that keeps failing ends as failed with its reason.
/// </summary>
public sealed class WorkQueueTests
{
    [Fact]
    public async Task Work_committed_before_a_restart_is_done_after_it()
    {
        var (directory, org, ids) = await ApplyWithTheQueueOffAsync(3);

        await using var restarted = new RestartedSqliteApp(directory);
        var api = restarted.ClientFor(org);
        foreach (var id in ids)
            Assert.Equal(ResumeStatus.Parsed, (await api.WaitForProfileAsync(id)).Status);
        Assert.Equal(0, await restarted.CountQueuedWorkAsync());
    }

    [Fact]
    public async Task Work_held_by_a_worker_that_died_is_picked_up_when_its_claim_expires()
    {
        var (directory, org, ids) = await ApplyWithTheQueueOffAsync(1);
        await using (var db = SqliteAt(directory))
            await db.QueuedWork.ExecuteUpdateAsync(s => s
                .SetProperty(w => w.ClaimToken, Guid.NewGuid())
                .SetProperty(w => w.ClaimedUntil, DateTimeOffset.UtcNow.AddSeconds(2))
                .SetProperty(w => w.Attempts, 1));

        await using var restarted = new RestartedSqliteApp(directory);
        var view = await restarted.ClientFor(org).WaitForProfileAsync(ids[0]);

        Assert.Equal(ResumeStatus.Parsed, view.Status);
        Assert.Equal(0, await restarted.CountQueuedWorkAsync());
    }

    [Fact]
    public async Task Work_that_keeps_failing_ends_as_failed_after_its_attempts_and_stays_as_a_dead_letter()
    {
        var (directory, org, ids) = await ApplyWithTheQueueOffAsync(1);
        foreach (var file in Directory.GetFiles(Path.Combine(directory, "files"), "*", SearchOption.AllDirectories)) File.Delete(file);

        await using var restarted = new RestartedSqliteApp(directory);
        restarted.Settings["Queue:MaxAttempts"] = "2";
        var view = await restarted.ClientFor(org).WaitForProfileAsync(ids[0]);

        Assert.Equal(ResumeStatus.Failed, view.Status);
        Assert.Contains("after several attempts", view.Error);
        Assert.Contains("missing from storage", view.Error);
        await using var scope = restarted.Services.CreateAsyncScope();
        var dead = await scope.ServiceProvider.GetRequiredService<AppDbContext>().QueuedWork.SingleAsync();
        Assert.NotNull(dead.FailedAt);
        Assert.Equal(2, dead.Attempts);
    }

    /// <summary>Applies with resumes on a host whose queue is off, then stops it, leaving the work queued in its data folder.</summary>
    static async Task<(string Directory, TestOrganization Org, List<Guid> Ids)> ApplyWithTheQueueOffAsync(int count)
    {
        var first = new SqliteApp { KeepData = true };
        first.Settings["Queue:Enabled"] = "false";
        await first.InitializeAsync();
        var org = await first.CreateOrganizationAsync();
        var job = await org.CreatePublishedJobAsync(Resumes.BackendJob());
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++) ids.Add(await first.ApplyWithAsync(org, job.Id, Resumes.Backend, $"person{i}@example.com"));
        foreach (var id in ids) Assert.Equal(ResumeStatus.Queued, (await org.WaitForProfileAsync(id, _ => true)).Status);
        Assert.Equal(count, await first.CountQueuedWorkAsync());
        await first.DisposeAsync();
        return (first.DataDirectory, org, ids);
    }

    static SqliteAppDbContext SqliteAt(string directory) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={Path.Combine(directory, "openhire.db")};Pooling=False").Options);
}
