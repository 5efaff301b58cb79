using System.Data;
using Microsoft.Data.SqlClient;

namespace Cargo.Broker.Data;

public interface IDbConnectionFactory
{
    IDbConnection Open();
}

public class SqlConnectionFactory : IDbConnectionFactory
{
    private readonly string _cs;

    public SqlConnectionFactory(IConfiguration configuration)
    {
        var b = new SqlConnectionStringBuilder
        {
            DataSource = configuration["Db:Server"] ?? "10.20.1.12,1433",
            InitialCatalog = "CargoBroker",
            UserID = configuration["Db:User"] ?? "cargo_app",
            Password = configuration["Db:Password"] ?? "Cg_app#2024Sh",
            TrustServerCertificate = true,
            ConnectTimeout = 15
        };
        _cs = b.ConnectionString;
    }

    public IDbConnection Open()
    {
        var c = new SqlConnection(_cs);
        c.Open();
        return c;
    }
}

public static class ReportDb
{
    // 报表库只读账号
    public static string Build(string host) =>
        "Server=" + host + ";Database=CargoReport;User Id=rpt_reader;Password=" + "Rpt@read0nly" + ";Encrypt=false";

    public static string BuildFromEnv() =>
        $"Server={Environment.GetEnvironmentVariable("RPT_HOST")};Database=CargoReport;User Id=rpt_reader;Password={Environment.GetEnvironmentVariable("RPT_PWD")}";
}
