using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenHire.Data;
using OpenHire.Features.Accounts;
using OpenHire.Infrastructure.Email;

namespace OpenHire.Tests.Infrastructure;

/// <summary>
/// One OpenHire host on a fresh database of its own: a SQLite file, or a throwaway database on the
/// PostgreSQL server that test.sh starts (OPENHIRE_TEST_POSTGRES). A missing server fails the tests.
/// </summary>
public abstract class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly string dataDirectory;
    int organizations;

    /// <summary>A host on a fresh data folder, or on <paramref name="dataDirectory"/> as another host left it (a restart).</summary>
    protected AppFixture(string? dataDirectory = null)
    {
        this.dataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("openhire-test-").FullName;
    }

    /// <summary>Configuration on top of the test defaults; set before the host first starts.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Leave the data folder and database in place on dispose, for a host started after this one.</summary>
    public bool KeepData { get; set; }

    public abstract DatabaseProvider Provider { get; }
    protected abstract string ConnectionString { get; }

    public string DataDirectory => dataDirectory;
    public string FilesDirectory => Path.Combine(dataDirectory, "files");
    public string MailDirectory => Path.Combine(dataDirectory, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataDirectory", dataDirectory);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "false");
        // Background work is picked up promptly in tests; a test turns the queue off to see work wait.
        builder.UseSetting("Queue:PollInterval", "00:00:00.200");
        // Tests send far more requests from one client than people do; RateLimitTests set their own limits.
        foreach (var limit in new[] { "Public", "Apply", "Api" }) builder.UseSetting($"RateLimits:{limit}:PermitLimit", "1000000");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    public virtual async ValueTask InitializeAsync() => await DatabaseMigrator.MigrateAsync(Services);

    /// <summary>A new organization with an admin and an API key, isolated from every other test's.</summary>
    public async Task<TestOrganization> CreateOrganizationAsync()
    {
        var n = Interlocked.Increment(ref organizations);
        var slug = $"org-{n}-{Guid.NewGuid():N}"[..24];
        await using var scope = Services.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<OrganizationSetup>();
        var email = $"admin@{slug}.example.com";
        var (org, errors) = await setup.CreateAsync(new($"Org {n}", slug, email, TestOrganization.Password, "Admin"), default);
        if (org is null) throw new InvalidOperationException(string.Join("; ", errors.SelectMany(e => e.Value)));
        var (_, token) = await setup.CreateApiKeyAsync(org.Id, "tests", default);
        var api = CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new TestOrganization(org.Id, slug, email, token, api);
    }

    /// <summary>The organization as this host serves it: for a host restarted on another host's data.</summary>
    public TestOrganization ClientFor(TestOrganization org)
    {
        var api = CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", org.ApiKey);
        return org with { Api = api };
    }

    /// <summary>Rows in the work queue, pending or failed.</summary>
    public async Task<int> CountQueuedWorkAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().QueuedWork.CountAsync();
    }

    /// <summary>Sends the outbox now instead of waiting for the dispatcher's next poll.</summary>
    public async Task SendPendingEmailsAsync()
    {
        var dispatcher = Services.GetRequiredService<EmailDispatcher>();
        while (await dispatcher.SendPendingAsync(default) > 0) { }
    }

    /// <summary>
    /// Waits until the outbox satisfies <paramref name="condition"/>: the hosted dispatcher runs beside
    /// the test and may hold a batch the test's own send pass skipped.
    /// </summary>
    public async Task<List<OutboxEmail>> WaitForOutboxAsync(Func<List<OutboxEmail>, bool> condition)
    {
        for (var i = 0; ; i++)
        {
            await SendPendingEmailsAsync();
            await using var scope = Services.CreateAsyncScope();
            var emails = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxEmails.AsNoTracking().ToListAsync();
            if (condition(emails)) return emails;
            if (i == 100) throw new TimeoutException("The outbox never reached the expected state.");
            await Task.Delay(100);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!KeepData)
        {
            await DropDatabaseAsync();
            try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
        }
        GC.SuppressFinalize(this);
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;
}

/// <summary>An organization made for one test, with an API client authenticated by its key.</summary>
public sealed record TestOrganization(Guid Id, string Slug, string AdminEmail, string ApiKey, HttpClient Api)
{
    public const string Password = "correct-horse-battery";
}

public sealed class SqliteApp : AppFixture
{

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "openhire.db")};Pooling=True";
}

/// <summary>A SQLite host started on the data folder (database file and stored files) another host left behind.</summary>
public sealed class RestartedSqliteApp(string dataDirectory) : AppFixture(dataDirectory)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    protected override string ConnectionString => $"Data Source={Path.Combine(DataDirectory, "openhire.db")};Pooling=True";
}

public sealed class PostgresApp : AppFixture
{
    readonly string database = $"openhire_test_{Guid.NewGuid():N}";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();

    static string ServerConnectionString => Environment.GetEnvironmentVariable("OPENHIRE_TEST_POSTGRES")
        ?? throw new InvalidOperationException("OPENHIRE_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    public override async ValueTask InitializeAsync()
    {
        await using (var admin = new NpgsqlConnection(ServerConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        await base.InitializeAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
