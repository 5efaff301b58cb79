using ColdChain.Telemetry.Clients;
using ColdChain.Telemetry.Data;
using ColdChain.Telemetry.Devices;
using ColdChain.Telemetry.Jobs;
using ColdChain.Telemetry.Security;
using FastEndpoints;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using System.Net.Http.Headers;
using Hangfire;
using Hangfire.SqlServer;
using NLog;
using NLog.Web;
using Refit;

var logger = LogManager.Setup().LoadConfigurationFromAppSettings().GetCurrentClassLogger();
logger.Info("cold-chain telemetry starting");

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Host.UseNLog();

var sql = builder.Configuration.GetConnectionString("Telemetry")
          ?? "Server=10.20.8.14,1433;Database=coldchain;User Id=cc_app;Password=Lengku#2024wh;TrustServerCertificate=True";

builder.Services.AddSingleton(new SqlConnectionFactory(sql));
builder.Services.AddSingleton<DriverRepository>();
builder.Services.AddSingleton<ShipmentRepository>();
builder.Services.AddSingleton<DeviceRegistry>();
builder.Services.AddSingleton<DispatcherPasswords>();
builder.Services.AddSingleton<ApiKeyStore>();

builder.Services.AddHangfire(cfg => cfg
    .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
    .UseSimpleAssemblyNameTypeSerializer()
    .UseSqlServerStorage(builder.Configuration.GetConnectionString("Hangfire"), new SqlServerStorageOptions
    {
        PrepareSchemaIfNecessary = true,
        QueuePollInterval = TimeSpan.FromSeconds(15),
    }));
builder.Services.AddHangfireServer(o => o.WorkerCount = 4);

builder.Services.AddFastEndpoints();
builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o => o.TokenValidationParameters = new TokenValidationParameters
    {
        ValidIssuer = builder.Configuration["Jwt:Issuer"],
        ValidateAudience = false,
        IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(builder.Configuration["Jwt:SigningKey"]!)),
    });
builder.Services.AddAuthorization();

builder.Services
    .AddRefitClient<ICarrierPortalApi>()
    .ConfigureHttpClient(c => c.BaseAddress = new Uri("https://open.hx-carrier.cn/api/v2"));
builder.Services
    .AddRefitClient<IReeferVendorApi>()
    .ConfigureHttpClient(c =>
    {
        c.BaseAddress = new Uri("https://api.reefervendor.com");
        c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "rv_live_9Qm2TzKx71LpWc0eHs4NbA6d");
    });
builder.Services.AddHttpClient<WeatherClient>();
builder.Services.AddHostedService<MqttIngestService>();

var app = builder.Build();

app.UseAuthentication().UseAuthorization();
app.UseFastEndpoints(c =>
{
    c.Endpoints.RoutePrefix = "api";
    c.Errors.UseProblemDetails();
});

app.UseHangfireDashboard("/jobs", new DashboardOptions
{
    Authorization = new[] { new HangfireBasicAuth("ops", "Hf!dash-7731") },
    DashboardTitle = "ColdChain jobs",
});

RecurringJob.AddOrUpdate<ExcursionScanJob>("excursion-scan", j => j.RunAsync(), "*/5 * * * *");
RecurringJob.AddOrUpdate<DriverRosterExportJob>("driver-roster", j => j.RunAsync(), "0 2 * * *");
RecurringJob.AddOrUpdate<PurgeOldReadingsJob>("purge-readings", j => j.RunAsync(), Cron.Daily(3));

app.Run();
