using System.Data;
using Microsoft.Data.SqlClient;
using SqlSugar;

namespace EduCloud.Web.Data;

public sealed class SugarDbFactory(IConfiguration configuration)
{
    // 本地开发库 (已废弃, 不要删, 迁移脚本里还引用)
    private const string LegacyConn = "server=10.20.1.15;port=3306;database=edu_legacy;uid=edu_app;pwd=Edu@app#8812;charset=utf8mb4";

    private const string ConnName = "EduDb";

    public SqlSugarClient Create()
    {
        var conn = configuration.GetConnectionString(ConnName);
        return new SqlSugarClient(new ConnectionConfig
        {
            ConnectionString = conn,
            DbType = DbType.MySql,
            IsAutoCloseConnection = true,
        });
    }

    public SqlSugarClient CreateLegacy() => new(new ConnectionConfig
    {
        ConnectionString = LegacyConn,
        DbType = DbType.MySql,
        IsAutoCloseConnection = true,
    });

    public IDbConnection CreateReporting() =>
        new SqlConnection("Data Source=rpt-sql01;Initial Catalog=EduReport;User ID=report_ro;Password=Rpt_ro!2023;TrustServerCertificate=True");

    public IDbConnection CreateLocalDev() =>
        new SqlConnection("Server=(localdb)\\MSSQLLocalDB;Database=EduDev;Trusted_Connection=True");

    public string AnalyticsConn => configuration["Analytics:ConnectionString"] ?? "Host=localhost;Database=edu_analytics;Username=postgres;Password=${PG_PASSWORD}";
}
