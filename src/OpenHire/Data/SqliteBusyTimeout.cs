using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenHire.Data;

/// <summary>
/// Lets SQLite itself wait for a busy database (in short steps) instead of the driver's 150 ms
/// retry sleeps, for the writes that do not go through <see cref="WriteGate"/>.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    const string Pragma = "PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(ct);
    }
}
