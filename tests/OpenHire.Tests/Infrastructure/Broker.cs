using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenHire.Data;
using RabbitMQ.Client;

namespace OpenHire.Tests.Infrastructure;

/// <summary>
/// The RabbitMQ node test.sh starts (OPENHIRE_TEST_RABBITMQ), and its rabbitmqctl
/// (OPENHIRE_TEST_RABBITMQCTL) to stop and start the broker under a running app.
/// </summary>
public static class Broker
{
    public static string Url => Environment.GetEnvironmentVariable("OPENHIRE_TEST_RABBITMQ")
        ?? throw new InvalidOperationException("OPENHIRE_TEST_RABBITMQ is not set: run the tests with ./test.sh, which starts RabbitMQ.");

    public static async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { Uri = new Uri(Url), AutomaticRecoveryEnabled = true }.CreateConnectionAsync();

    /// <summary>Stops the RabbitMQ application on the node (connections drop, the port closes) or starts it again.</summary>
    public static async Task ControlAsync(string command)
    {
        var ctl = Environment.GetEnvironmentVariable("OPENHIRE_TEST_RABBITMQCTL")
            ?? throw new InvalidOperationException("OPENHIRE_TEST_RABBITMQCTL is not set: run the tests with ./test.sh.");
        using var process = Process.Start(new ProcessStartInfo(ctl, command) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"rabbitmqctl {command} failed: {await error}");
    }
}

/// <summary>
/// A host on PostgreSQL with RabbitMQ configured, on an exchange and work queue of its own. Several
/// hosts can share one database (and broker names) to run as the processes of one install.
/// </summary>
public sealed class BrokerApp : AppFixture
{
    readonly string database;
    readonly bool ownsDatabase;

    public BrokerApp() : this($"openhire_test_{Guid.NewGuid():N}", $"openhire.test.{Guid.NewGuid():N}", owns: true) { }

    BrokerApp(string database, string names, bool owns)
    {
        this.database = database;
        ownsDatabase = owns;
        Names = names;
        Settings["RabbitMQ:Uri"] = Broker.Url;
        Settings["RabbitMQ:Exchange"] = names + ".events";
        Settings["RabbitMQ:WorkQueue"] = names + ".work";
        // Work goes through RabbitMQ only: the database sweep would otherwise hide a broken consumer.
        Settings["RabbitMQ:SweepAfter"] = "01:00:00";
    }

    /// <summary>Services added to the host (such as an in-app event consumer); set before the host first starts.</summary>
    public Action<IServiceCollection>? ExtraServices { get; set; }

    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (ExtraServices is { } extra) builder.ConfigureServices(extra);
    }

    /// <summary>Another process of the same install: same database, same exchange and work queue.</summary>
    public BrokerApp Sibling() => new(database, Names, owns: false);

    public string Names { get; }
    public string Exchange => Names + ".events";
    public string WorkQueue => Names + ".work";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database }.ToString();

    static string ServerConnectionString => Environment.GetEnvironmentVariable("OPENHIRE_TEST_POSTGRES")
        ?? throw new InvalidOperationException("OPENHIRE_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts PostgreSQL.");

    public override async ValueTask InitializeAsync()
    {
        if (ownsDatabase)
        {
            await using var admin = new NpgsqlConnection(ServerConnectionString);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        await base.InitializeAsync();
    }

    protected override async Task DropDatabaseAsync()
    {
        if (!ownsDatabase) return;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A durable queue bound to an exchange, as another system would bind one, read by polling.</summary>
public sealed class BoundQueue : IAsyncDisposable
{
    readonly IConnection connection;
    readonly IChannel channel;
    public string Name { get; }

    BoundQueue(IConnection connection, IChannel channel, string name) => (this.connection, this.channel, Name) = (connection, channel, name);

    public static async Task<BoundQueue> BindAsync(string exchange, string bindingKey)
    {
        var connection = await Broker.ConnectAsync();
        var channel = await connection.CreateChannelAsync();
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Topic, durable: true, autoDelete: false);
        var name = $"{exchange}.listener.{Guid.NewGuid():N}";
        await channel.QueueDeclareAsync(name, durable: true, exclusive: false, autoDelete: false);
        await channel.QueueBindAsync(name, exchange, bindingKey);
        return new BoundQueue(connection, channel, name);
    }

    /// <summary>Messages received until <paramref name="until"/> holds for all received so far.</summary>
    public async Task<List<Received>> ReceiveAsync(Func<List<Received>, bool> until, TimeSpan? timeout = null)
    {
        var received = new List<Received>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!until(received))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Received {received.Count} messages: {string.Join(", ", received.Select(r => r.Type))}");
            var got = await TryGetAsync();
            if (got is null) await Task.Delay(100);
            else received.Add(got);
        }
        return received;
    }

    /// <summary>Everything that arrives within <paramref name="quiet"/> of the last message.</summary>
    public async Task<List<Received>> DrainAsync(TimeSpan quiet)
    {
        var received = new List<Received>();
        var last = DateTime.UtcNow;
        while (DateTime.UtcNow - last < quiet)
        {
            var got = await TryGetAsync();
            if (got is null) { await Task.Delay(100); continue; }
            received.Add(got);
            last = DateTime.UtcNow;
        }
        return received;
    }

    async Task<Received?> TryGetAsync()
    {
        BasicGetResult? result;
        try
        {
            result = await channel.BasicGetAsync(Name, autoAck: true);
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.AlreadyClosedException or RabbitMQ.Client.Exceptions.OperationInterruptedException)
        {
            return null; // the broker is away; the client reconnects
        }
        if (result is null) return null;
        var body = JsonDocument.Parse(result.Body.ToArray()).RootElement.Clone();
        return new Received(result.BasicProperties.MessageId, result.BasicProperties.ContentType, result.RoutingKey, body);
    }

    public async ValueTask DisposeAsync()
    {
        try { await channel.QueueDeleteAsync(Name); } catch (Exception) { /* the broker may be stopped */ }
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }
}

/// <summary>One message as a bound queue received it: the AMQP message id, content type, routing key and the CloudEvent.</summary>
public sealed record Received(string? MessageId, string? ContentType, string RoutingKey, JsonElement Body)
{
    public string Type => Body.GetProperty("type").GetString()!;
    public string Subject => Body.GetProperty("subject").GetString()!;
    public JsonElement Data => Body.GetProperty("data");
}
