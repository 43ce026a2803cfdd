using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenHire.Data;

// Used only by `dotnet ef migrations add`: no server is contacted to build a migration.

sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseRegistration.UseSqlite(o, "Data Source=design-time.db");
        return new SqliteAppDbContext(o.Options);
    }
}

sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<PostgresAppDbContext>();
        DatabaseRegistration.UsePostgres(o, "Host=localhost;Database=openhire_design");
        return new PostgresAppDbContext(o.Options);
    }
}
