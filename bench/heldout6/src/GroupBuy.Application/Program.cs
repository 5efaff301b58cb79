using GroupBuy.Infrastructure;
using GroupBuy.Jobs;
using Hangfire;
using Hangfire.Dashboard.BasicAuthorization;
using Hangfire.Redis.StackExchange;
using Microsoft.AspNetCore.Authentication.JwtBearer;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<SmsOptions>(builder.Configuration.GetSection("TencentSms"));
builder.Services.AddSingleton(FreeSqlSetup.Build(builder.Configuration));
builder.Services.AddSingleton<RedisCacheService>(_ => RedisCacheService.CreateDefault());
builder.Services.AddSingleton<LeaderPasswordService>();
builder.Services.AddSingleton<TencentSmsSender>();
builder.Services.AddSingleton<PaymentNotifyVerifier>();
builder.Services.AddSingleton<OssUploader>();
builder.Services.AddHttpClient<WeChatMiniLogin>()
    .AddPolicyHandler(PollyPolicies.Retry())
    .AddPolicyHandler(PollyPolicies.Timeout());

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o => o.TokenValidationParameters = JwtTokenFactory.ValidationParameters());

builder.Services.AddHangfire(cfg => cfg.UseRedisStorage(builder.Configuration.GetConnectionString("Hangfire")));
builder.Services.AddHangfireServer();

builder.Services.AddCap(x =>
{
    x.UseMySql(builder.Configuration.GetConnectionString("Default"));
    x.UseKafka(o =>
    {
        o.Servers = builder.Configuration["Kafka:Servers"];
        o.MainConfig["sasl.username"] = "groupbuy";
        o.MainConfig["sasl.password"] = builder.Configuration["Kafka:Password"];
        o.MainConfig["security.protocol"] = "SASL_PLAINTEXT";
    });
});

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.UseHangfireDashboard("/jobs", new DashboardOptions
{
    Authorization = new[]
    {
        new BasicAuthAuthorizationFilter(new BasicAuthAuthorizationFilterOptions
        {
            RequireSsl = false,
            LoginCaseSensitive = true,
            Users = new[] { new BasicAuthAuthorizationUser { Login = "ops", PasswordClear = "Hf!dash2024ops" } },
        }),
    },
});
PickupListJob.Register();
RecurringJob.AddOrUpdate<CommissionSettleJob>("commission", j => j.RunAsync(DateTime.Now.AddMonths(-1).ToString("yyyyMM")), "0 3 2 * *");
RecurringJob.AddOrUpdate<RefundReconcileJob>("refund-reconcile", j => j.RunAsync(), "*/30 * * * *");
app.Run();
