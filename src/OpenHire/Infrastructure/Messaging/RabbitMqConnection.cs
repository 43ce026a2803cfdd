using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace OpenHire.Infrastructure.Messaging;

/// <summary>
/// The process's one connection to RabbitMQ, opened on first use and reopened after it is lost
/// (the client also recovers it by itself). Callers open their own channels on it.
/// </summary>
public sealed class RabbitMqConnection(IOptions<RabbitMqOptions> options) : IAsyncDisposable
{
    readonly SemaphoreSlim opening = new(1);
    IConnection? connection;

    public bool IsOpen => connection?.IsOpen == true;

    public async Task<IConnection> GetAsync(CancellationToken ct)
    {
        if (connection is { IsOpen: true } open) return open;
        await opening.WaitAsync(ct);
        try
        {
            if (connection is { IsOpen: true } opened) return opened;
            if (connection is not null) await connection.DisposeAsync();
            connection = null;
            var factory = new ConnectionFactory
            {
                Uri = new Uri(options.Value.Uri ?? throw new InvalidOperationException("RabbitMQ:Uri is not set.")),
                ClientProvidedName = $"openhire {Environment.MachineName}",
                AutomaticRecoveryEnabled = true,
                RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            };
            return connection = await factory.CreateConnectionAsync(ct);
        }
        finally
        {
            opening.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null) await connection.DisposeAsync();
    }
}
