namespace OpenHire.Data;

/// <summary>Which database OpenHire uses: the "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, empty means a file in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Migrate on start-up. On by default for SQLite only: PostgreSQL deployments run `openhire migrate`.</summary>
    public bool? MigrateOnStart { get; set; }
}

public enum DatabaseProvider { Sqlite, Postgres }
