using System.Data;
using System.Data.Common;

namespace CreditLoan.Web.Infrastructure;

public sealed class DbConnectionFactory
{
    private readonly string _connectionString;

    public DbConnectionFactory(string connectionString) => _connectionString = connectionString;

    public DbConnection Open()
    {
        var conn = Microsoft.Data.SqlClient.SqlClientFactory.Instance.CreateConnection()!;
        conn.ConnectionString = _connectionString;
        conn.Open();
        return conn;
    }

    /// <summary>Read-only replica used by reports; same credentials, different host.</summary>
    public string ReplicaConnectionString() =>
        _connectionString.Replace("Server=10.20.1.15", "Server=10.20.1.16", StringComparison.Ordinal);

    public static IsolationLevel DefaultIsolation => IsolationLevel.ReadCommitted;
}
