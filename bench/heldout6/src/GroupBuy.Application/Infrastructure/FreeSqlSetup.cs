using FreeSql;
using Microsoft.Extensions.Configuration;

namespace GroupBuy.Infrastructure;

public static class FreeSqlSetup
{
    // 只读报表库，DBA 给的只读账号
    private const string ReportDb = "Server=rm-bp1report.mysql.rds.aliyuncs.com;Port=3306;Database=gb_report;Uid=gb_reader;Pwd=R3port#Reader2024;Charset=utf8mb4";

    public static IFreeSql Build(IConfiguration config)
    {
        var cs = config.GetConnectionString("Default") ?? throw new InvalidOperationException("ConnectionStrings:Default missing");
        return new FreeSqlBuilder()
            .UseConnectionString(DataType.MySql, cs)
            .UseAutoSyncStructure(false)
            .UseMonitorCommand(cmd => System.Diagnostics.Debug.WriteLine(cmd.CommandText))
            .Build();
    }

    public static IFreeSql BuildReport() =>
        new FreeSqlBuilder().UseConnectionString(DataType.MySql, ReportDb).Build();

    public static IFreeSql BuildLocalDev() =>
        new FreeSqlBuilder().UseConnectionString(DataType.Sqlite, "Data Source=groupbuy-dev.db").Build();
}
