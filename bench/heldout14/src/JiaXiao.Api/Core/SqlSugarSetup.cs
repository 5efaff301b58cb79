using SqlSugar;

namespace JiaXiao.Api.Core;

public static class SqlSugarSetup
{
    public static void AddSqlSugarSetup(this IServiceCollection services, IConfiguration configuration)
    {
        var configs = configuration.GetSection("ConnectionConfigs").Get<List<DbConnectionConfig>>() ?? new();
        if (configs.Count == 0)
        {
            // 兜底：本地开发库
            configs.Add(new DbConnectionConfig
            {
                ConfigId = "1300000000001",
                DbType = DbType.MySql,
                ConnectionString = "Server=127.0.0.1;Database=jiaxiao;Uid=root;Pwd=root;"
            });
        }

        services.AddSingleton<ISqlSugarClient>(_ =>
        {
            var db = new SqlSugarScope(configs.Select(c => new ConnectionConfig
            {
                ConfigId = c.ConfigId,
                DbType = c.DbType,
                ConnectionString = c.ConnectionString,
                IsAutoCloseConnection = true
            }).ToList(), client =>
            {
                client.Aop.OnLogExecuting = (sql, pars) =>
                {
                    if (sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)) return;
                    // 把参数也打出来，排查问题方便
                    Console.WriteLine(UtilMethods.GetNativeSql(sql, pars));
                };
                client.Aop.OnError = ex =>
                {
                    Serilog.Log.Error("SQL 执行出错: {Sql}", ex.Sql);
                };
            });
            return db;
        });
    }

    public class DbConnectionConfig
    {
        public string ConfigId { get; set; }
        public DbType DbType { get; set; }
        public string ConnectionString { get; set; }
    }
}
