using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenHire;
using OpenHire.Data;
using OpenHire.Features.Search;

namespace OpenHire.SearchBench;

/// <summary>
/// Candidate search over a generated organization (100,000 candidates by default; the issue's
/// PostgreSQL target is --candidates 1000000), through the app's own ICandidateSearch. Usage:
///   dotnet run -c Release --project bench/OpenHire.SearchBench -- sqlite [file.db] [--candidates 100000] [--runs 200]
///   dotnet run -c Release --project bench/OpenHire.SearchBench -- postgres "Host=...;Database=openhire_bench" [...]
/// An existing database with the bench organization is reused, so a second run measures only.
/// </summary>
static class SearchBench
{
    static async Task<int> Main(string[] args)
    {
        if (args is ["explain", var file, var sqlFile])
        {
            // The plan the bundled SQLite picks (it can differ from the sqlite3 shell's).
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT sqlite_version()";
            Console.WriteLine($"SQLite {await command.ExecuteScalarAsync()}");
            var sql = await File.ReadAllTextAsync(sqlFile);
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            await using (var reader = await command.ExecuteReaderAsync())
                while (await reader.ReadAsync()) Console.WriteLine($"{reader.GetInt32(0),4} {reader.GetInt32(1),4} {reader.GetString(3)}");
            command.CommandText = sql;
            for (var i = 0; i < 3; i++)
            {
                var clock = Stopwatch.StartNew();
                var rows = 0;
                await using (var reader = await command.ExecuteReaderAsync()) while (await reader.ReadAsync()) rows++;
                Console.WriteLine($"{rows} rows in {clock.Elapsed.TotalMilliseconds:N1} ms");
            }
            return 0;
        }
        if (args.Length == 0 || args[0] is not ("sqlite" or "postgres"))
        {
            Console.Error.WriteLine("usage: sqlite [file.db] | postgres <connection string>  [--candidates N] [--runs N] [--seed N]");
            return 2;
        }
        var provider = args[0] == "postgres" ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var target = args.Length > 1 && !args[1].StartsWith("--") ? args[1] : Path.Combine(Path.GetTempPath(), "openhire-search-bench.db");
        var candidates = Option(args, "--candidates", 100_000);
        var runs = Option(args, "--runs", 200);
        var seed = Option(args, "--seed", 42);
        var connectionString = provider == DatabaseProvider.Sqlite ? $"Data Source={target};Pooling=True" : target;
        if (provider == DatabaseProvider.Postgres) await CreateDatabaseAsync(connectionString);

        var dataDirectory = Directory.CreateTempSubdirectory("openhire-search-bench-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration["DataDirectory"] = dataDirectory;
        builder.Configuration["Database:Provider"] = provider.ToString();
        builder.Configuration["Database:ConnectionString"] = connectionString;
        builder.Configuration["Logging:LogLevel:Default"] = "Warning";
        // --sql: every statement with its time, to see where a slow query goes.
        if (args.Contains("--sql")) builder.Configuration["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        builder.AddOpenHire();
        await using var app = builder.Build();
        await DatabaseMigrator.MigrateAsync(app.Services);

        var orgId = await DataGenerator.FindExistingAsync(app.Services);
        if (orgId is null)
        {
            Console.Error.WriteLine($"Generating {candidates:N0} candidates into {Describe(provider, target)}...");
            var clock = Stopwatch.StartNew();
            orgId = await new DataGenerator(app.Services, candidates, seed, provider == DatabaseProvider.Postgres ? connectionString : null).GenerateAsync();
            Console.Error.WriteLine($"Generated in {clock.Elapsed.TotalSeconds:N0} s.");
        }
        await UpdateStatisticsAsync(app.Services, provider);
        if (provider == DatabaseProvider.Sqlite) Console.WriteLine($"Database file: {new FileInfo(target).Length / 1024 / 1024:N0} MB");

        await QueryRunner.RunAsync(app.Services, orgId.Value, runs, seed);
        Directory.Delete(dataDirectory, recursive: true);
        return 0;
    }

    /// <summary>What a running server does on its own (SqliteStatistics; PostgreSQL's autovacuum), done now after the bulk load.</summary>
    static async Task UpdateStatisticsAsync(IServiceProvider services, DatabaseProvider provider)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (provider == DatabaseProvider.Sqlite) await SqliteStatistics.UpdateAsync(db, default);
        else await db.Database.ExecuteSqlRawAsync("ANALYZE;");
    }

    static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var n) ? n : fallback;
    }

    static string Describe(DatabaseProvider provider, string target) =>
        provider == DatabaseProvider.Sqlite ? target : new NpgsqlConnectionStringBuilder(target).Database ?? "postgres";

    static async Task CreateDatabaseAsync(string connectionString)
    {
        var wanted = new NpgsqlConnectionStringBuilder(connectionString);
        var name = wanted.Database ?? throw new ArgumentException("The PostgreSQL connection string needs a Database.");
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres" }.ToString());
        await admin.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", admin) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync() is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "")}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
    }
}
