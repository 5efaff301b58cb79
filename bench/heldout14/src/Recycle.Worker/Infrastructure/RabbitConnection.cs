using RabbitMQ.Client;

namespace Recycle.Worker.Infrastructure;

public sealed class RabbitConnection : IAsyncDisposable
{
    private readonly IConfiguration _config;
    private IConnection? _connection;

    public RabbitConnection(IConfiguration config) => _config = config;

    public async Task<IChannel> CreateChannelAsync(CancellationToken ct = default)
    {
        if (_connection is not { IsOpen: true })
        {
            var factory = new ConnectionFactory
            {
                HostName = _config["RabbitMQ:HostName"] ?? "localhost",
                UserName = _config["RabbitMQ:UserName"] ?? "guest",
                Password = _config["RabbitMQ:Password"] ?? "guest",
                VirtualHost = _config["RabbitMQ:VirtualHost"] ?? "/",
                AutomaticRecoveryEnabled = true,
                ClientProvidedName = "recycle-worker"
            };
            _connection = await factory.CreateConnectionAsync(ct);
        }
        return await _connection.CreateChannelAsync(cancellationToken: ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection != null) await _connection.DisposeAsync();
    }
}

public static class Db
{
    public static string ConnectionString(IConfiguration config)
    {
        var cs = config.GetConnectionString("Recycle");
        if (!string.IsNullOrEmpty(cs)) return cs;
        var b = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = Environment.GetEnvironmentVariable("PG_HOST") ?? "127.0.0.1",
            Database = "recycle",
            Username = "recycle_svc",
            Password = Environment.GetEnvironmentVariable("PG_PASSWORD") ?? "recycle@local"
        };
        return b.ConnectionString;
    }
}
