using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenHire.Features.Messaging;
using OpenHire.Features.Pipelines;
using OpenHire.Infrastructure;
using OpenHire.Infrastructure.Messaging;

namespace OpenHire.Data;

/// <summary>Registers <see cref="AppDbContext"/> on the configured provider.</summary>
public static class DatabaseRegistration
{
    public static IHostApplicationBuilder AddOpenHireDatabase(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(WriteGate.For(options.Provider));
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<DomainEventRecorder>();
        // Automatic emails are written in the same save as the move that triggers them.
        builder.Services.AddSingleton<EmailComposer>();
        builder.Services.AddSingleton<EmailAutomation>();
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                var pg = options.ConnectionString
                    ?? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is Postgres.");
                builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) =>
                {
                    UsePostgres(o, pg);
                    o.AddInterceptors(sp.GetRequiredService<EmailAutomation>(), sp.GetRequiredService<DomainEventRecorder>());
                });
                break;
            default:
                var sqlite = options.ConnectionString ?? DefaultSqliteConnectionString(builder);
                builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) =>
                {
                    UseSqlite(o, sqlite);
                    // After PipelineAssignment and EmailAutomation, which add the timeline entries events are made from.
                    o.AddInterceptors(sp.GetRequiredService<EmailAutomation>(), sp.GetRequiredService<DomainEventRecorder>());
                });
                builder.Services.AddHostedService<SqliteStatistics>();
                break;
        }
        builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database", tags: ["ready"]);
        return builder;
    }

    internal static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder o, string connectionString) =>
        o.UseSqlite(connectionString, s => s.MigrationsHistoryTable("__ef_migrations")).AddInterceptors(new SqliteBusyTimeout(), new PipelineAssignment());

    internal static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder o, string connectionString) =>
        o.UseNpgsql(connectionString, s => s.MigrationsHistoryTable("__ef_migrations")).AddInterceptors(new PipelineAssignment());

    static string DefaultSqliteConnectionString(IHostApplicationBuilder builder)
    {
        var file = Path.Combine(DataDirectory.Resolve(builder), "openhire.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
    }

    /// <summary>True when a failed insert broke a unique index: the loser of a race, not a fault.</summary>
    public static bool IsUniqueViolation(this DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
