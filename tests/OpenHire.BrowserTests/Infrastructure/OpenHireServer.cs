using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OpenHire.BrowserTests.Infrastructure;

/// <summary>
/// OpenHire on a real Kestrel port, as `dotnet run -- --demo` starts it: a SQLite file in a temp data
/// directory, migrated and seeded with the demo organization by Program.cs itself.
/// </summary>
public sealed class OpenHireServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly string dataDirectory = Directory.CreateTempSubdirectory("openhire-browser-").FullName;

    /// <summary>Where the browser finds the server, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("DataDirectory", dataDirectory);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(dataDirectory, "openhire.db")};Pooling=True");
        builder.UseSetting("Demo:Enabled", "true");
        // One browser from one address makes every request: the rate limits are for many clients.
        foreach (var limit in new[] { "Public", "Apply", "Api" }) builder.UseSetting($"RateLimits:{limit}:PermitLimit", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        BaseAddress = ClientOptions.BaseAddress;
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }
}
