using Microsoft.EntityFrameworkCore;

namespace OpenHire.Data;

/// <summary>
/// Keeps SQLite's table statistics (ANALYZE) current with PRAGMA optimize, as SQLite recommends for
/// long-running processes. Without statistics the planner takes "OrganizationId = ?" for a handful
/// of rows and drives search from the whole organization instead of the full-text index: 100,000
/// candidates then take seconds, not milliseconds. Runs at start and every few hours; only tables
/// that changed much since their last analysis are analyzed, each on a bounded sample.
/// </summary>
public sealed class SqliteStatistics(IServiceScopeFactory scopes, ILogger<SqliteStatistics> log) : BackgroundService
{
    static readonly TimeSpan Interval = TimeSpan.FromHours(3);

    public static Task UpdateAsync(AppDbContext db, CancellationToken ct) =>
        // 0x10002: analyze where needed, looking at every table rather than those this connection used.
        db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await UpdateAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Updating SQLite statistics failed; the next attempt is in {Interval}", Interval);
            }
            await Task.Delay(Interval, stoppingToken);
        }
    }
}
