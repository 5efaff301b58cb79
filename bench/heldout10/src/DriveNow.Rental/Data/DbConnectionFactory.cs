using System.Data;
using MySqlConnector;

namespace DriveNow.Rental.Data;

public sealed class DbConnectionFactory(string connectionString)
{
    public IDbConnection Open()
    {
        var c = new MySqlConnection(connectionString);
        c.Open();
        return c;
    }
}
