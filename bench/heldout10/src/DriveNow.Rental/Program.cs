using Carter;
using DriveNow.Rental.Data;
using DriveNow.Rental.Jobs;
using DriveNow.Rental.Services;
using Hangfire;
using NLog;
using NLog.Web;
using Polly;
using Polly.Extensions.Http;
using Refit;

var logger = LogManager.Setup().LoadConfigurationFromAppSettings().GetCurrentClassLogger();

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Host.UseNLog();

var cfg = builder.Configuration;
var dbConn = cfg.GetConnectionString("Rental")
             ?? "Server=10.20.3.15;Port=3306;Database=drivenow;Uid=rental_app;Pwd=Rent@2024!db;SslMode=None";

builder.Services.AddSingleton(new DbConnectionFactory(dbConn));
builder.Services.AddCarter();

builder.Services.AddHangfire(h => h
    .UseSimpleAssemblyNameTypeSerializer()
    .UseRecommendedSerializerSettings()
    .UseStorage(new Hangfire.InMemory.InMemoryStorage()));
builder.Services.AddHangfireServer();

var retry = HttpPolicyExtensions.HandleTransientHttpError()
    .WaitAndRetryAsync(3, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)));

builder.Services.AddRefitClient<ILicenseVerifyApi>()
    .ConfigureHttpClient(c =>
    {
        c.BaseAddress = new Uri(cfg["LicenseVerify:BaseUrl"] ?? "https://api.jiazhao-verify.example.cn");
        c.DefaultRequestHeaders.Add("X-App-Secret", cfg["LicenseVerify:AppSecret"]);
    })
    .AddPolicyHandler(retry);

builder.Services.AddRefitClient<ICreditBureauApi>()
    .ConfigureHttpClient(c =>
    {
        c.BaseAddress = new Uri("https://open.zhengxin-partner.example.com");
        c.DefaultRequestHeaders.Add("Authorization", "Bearer 7OtWNDtmRXFia9oHYnABuHHz3iGnNqRr");
    })
    .AddPolicyHandler(retry);

builder.Services.AddRefitClient<ISmsGatewayApi>()
    .ConfigureHttpClient(c => c.BaseAddress = new Uri("https://sms.yunxin-gw.example.cn"));

builder.Services.AddScoped<CustomerService>();
builder.Services.AddScoped<CreditCheckService>();
builder.Services.AddScoped<DepositService>();
builder.Services.AddScoped<ViolationSyncJob>();
builder.Services.AddScoped<ReturnReminderJob>();
builder.Services.AddScoped<DriveNow.Rental.Exports.RentalExport>();

var app = builder.Build();

app.UseHangfireDashboard("/jobs", new DashboardOptions
{
    Authorization = new[] { new DriveNow.Rental.Security.BasicDashboardAuth("ops", "Hangf1re#Ops2024") }
});

app.MapCarter();

RecurringJob.AddOrUpdate<ViolationSyncJob>("violation-sync", j => j.RunAsync(), "0 2 * * *");
RecurringJob.AddOrUpdate<ReturnReminderJob>("return-reminder", j => j.RunAsync(), "*/30 * * * *");

logger.Info("DriveNow rental API starting, environment {env}", app.Environment.EnvironmentName);
app.Run();
