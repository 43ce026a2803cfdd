using Microsoft.EntityFrameworkCore;

namespace OpenHire.Data;

/// <summary>Brings the schema up to date: at start-up on SQLite, through `openhire migrate` on PostgreSQL.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
            // WAL lets readers (careers pages) run while an application is being written.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>Migrates now when the configuration asks for it (SQLite by default).</summary>
    public static async Task MigrateOnStartIfConfiguredAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        if (options.MigrateOnStart ?? options.Provider == DatabaseProvider.Sqlite)
            await MigrateAsync(app.Services);
    }
}
