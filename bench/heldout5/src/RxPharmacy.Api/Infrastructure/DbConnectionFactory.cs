using System.Data;
using MySqlConnector;

namespace RxPharmacy.Api.Infrastructure;

/// <summary>One place that opens MySQL connections for the Dapper repositories.</summary>
public sealed class DbConnectionFactory
{
    private readonly string _connectionString;

    public DbConnectionFactory(IConfiguration configuration)
    {
        _connectionString = configuration.GetConnectionString("Rx")
            ?? "Server=10.20.1.15;Port=3306;Database=rx_prod;Uid=rx_app;Pwd=s%5yz#QMl542k@;SslMode=None";
    }

    public IDbConnection Open()
    {
        var connection = new MySqlConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Read-only replica used by reports; the password comes from the environment.</summary>
    public IDbConnection OpenReplica()
    {
        var password = Environment.GetEnvironmentVariable("RX_REPLICA_PASSWORD");
        var cs = $"Server=10.20.1.16;Database=rx_prod;Uid=rx_report;Pwd={password};SslMode=Required";
        var connection = new MySqlConnection(cs);
        connection.Open();
        return connection;
    }
}
