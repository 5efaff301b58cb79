using System.Data;
using MySqlConnector;

namespace ParkToll.Data;

public sealed class DbConnectionFactory
{
    private readonly string _connectionString;

    public DbConnectionFactory(IConfiguration configuration)
    {
        _connectionString = configuration.GetConnectionString("Parking")
            ?? "Server=10.20.1.15;Port=3306;Database=parktoll;Uid=parktoll_app;Pwd=Szv8Lq!etc2023";
    }

    public IDbConnection Open()
    {
        var conn = new MySqlConnection(_connectionString);
        conn.Open();
        return conn;
    }
}
