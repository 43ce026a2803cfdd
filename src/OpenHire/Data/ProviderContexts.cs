using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using OpenHire.Features.Search;

namespace OpenHire.Data;

/// <summary>The embedded default: one SQLite file.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or sort DateTimeOffset stored as text; as UTC ticks it can.
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    // Search documents are written in the same transaction as the text they copy (see SqliteSearchDocuments).

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        var changes = SqliteSearchDocuments.Collect(ChangeTracker);
        if (changes.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        var rows = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        await SqliteSearchDocuments.RefreshAsync(this, changes, ct);
        if (own is not null) await own.CommitAsync(ct);
        return rows;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var changes = SqliteSearchDocuments.Collect(ChangeTracker);
        if (changes.IsEmpty) return base.SaveChanges(acceptAllChangesOnSuccess);
        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var rows = base.SaveChanges(acceptAllChangesOnSuccess);
        SqliteSearchDocuments.Refresh(this, changes);
        own?.Commit();
        return rows;
    }
}

/// <summary>
/// The scaled-out database. Search reads the "SearchVector" column that the CandidateSearch
/// migration's triggers keep; it stays out of the model so entities never load it.
/// </summary>
public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
