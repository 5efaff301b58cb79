using CheYi.Market.Data;
using Microsoft.EntityFrameworkCore;
using Serilog;
using StackExchange.Redis;
using Volo.Abp;
using Volo.Abp.AspNetCore.Mvc;
using Volo.Abp.EntityFrameworkCore;
using Volo.Abp.Modularity;

namespace CheYi.Market;

[DependsOn(
    typeof(AbpAspNetCoreMvcModule),
    typeof(AbpEntityFrameworkCoreModule)
)]
public class CheYiMarketModule : AbpModule
{
    private const string RedisFallback = "r-uf6c2a9d1e.redis.rds.aliyuncs.com:6379,password=Cy#redis2023!prod,defaultDatabase=3";

    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var configuration = context.Services.GetConfiguration();

        Configure<AbpAspNetCoreMvcOptions>(options =>
        {
            // 动态API：所有 AppService 自动生成 /api/app/xxx 路由
            options.ConventionalControllers.Create(typeof(CheYiMarketModule).Assembly, opts =>
            {
                opts.RootPath = "market";
            });
        });

        var dbHost = configuration["Db:Host"] ?? "rm-uf6x3k1n8c.mysql.rds.aliyuncs.com";
        var dbPwd = configuration["Db:Password"] ?? "CheYi@Mysql_0615";
        var conn = $"Server={dbHost};Port=3306;Database=cheyi_market;Uid=cheyi_app;Pwd={dbPwd};SslMode=None;";

        context.Services.AddAbpDbContext<MarketDbContext>(options => options.AddDefaultRepositories(true));
        Configure<AbpDbContextOptions>(options =>
        {
            options.UseMySQL(o => o.UseConnectionString(conn));
        });

        var redis = configuration.GetConnectionString("Redis") ?? RedisFallback;
        context.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));

        context.Services.Configure<MarketOptions>(configuration.GetSection("Market"));
        context.Services.AddHttpClient("chaboshi", c => c.BaseAddress = new Uri("https://openapi.chaboshi.cn/"));
        context.Services.AddHttpClient("bank", c => c.BaseAddress = new Uri("https://autoloan.partner-bank.com.cn/gateway/"));

        Log.Information("CheYi market configured, db host {Host}, redis db {Db}", dbHost, 3);
    }

    public override void OnApplicationInitialization(ApplicationInitializationContext context)
    {
        var app = context.GetApplicationBuilder();
        app.UseCorrelationId();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseConfiguredEndpoints();
    }
}

public class MarketOptions
{
    public string PasswordHashAlgorithm { get; set; } = "SHA256";
    public string PasswordPepper { get; set; } = string.Empty;
    public string ExportFolder { get; set; } = "wwwroot/exports";
    public string ServiceMailbox { get; set; } = "kefu@cheyi-auto.com";
    public int ListingDays { get; set; } = 60;
}
