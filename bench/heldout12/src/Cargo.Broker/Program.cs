using Cargo.Broker.Common;
using Cargo.Broker.Consumers;
using Cargo.Broker.Data;
using Cargo.Broker.Integrations;
using Cargo.Broker.Jobs;
using Hangfire;
using Hangfire.SqlServer;
using MassTransit;
using NLog.Extensions.Logging;

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddNLog();

var conf = builder.Configuration;
builder.Services.Configure<BrokerOptions>(conf.GetSection("Broker"));
builder.Services.AddSingleton<IDbConnectionFactory, SqlConnectionFactory>();
builder.Services.AddScoped<DeclarationRepository>();
builder.Services.AddScoped<ShipmentRepository>();
builder.Services.AddScoped<PortalUserRepository>();
builder.Services.AddHttpClient<SingleWindowClient>(c => c.BaseAddress = new Uri(conf["SingleWindow:BaseUrl"]!));
builder.Services.AddHttpClient<Kuaidi100Client>();
builder.Services.AddHttpClient<ShippingLineClient>();
builder.Services.AddSingleton<EdiFtpUploader>();
builder.Services.AddScoped<DutyCalculator>();

builder.Services.AddMassTransit(x =>
{
    x.AddConsumer<BookingReceivedConsumer>();
    x.AddConsumer<DeclarationSubmittedConsumer>();
    x.AddConsumer<CustomsReceiptConsumer>();
    x.AddConsumer<ConsigneeNotifyConsumer>();
    x.UsingRabbitMq((ctx, cfg) =>
    {
        cfg.Host(conf["Rabbit:Host"] ?? "mq.cargo.internal", "/broker", h =>
        {
            h.Username("broker_svc");
            h.Password(conf["Rabbit:Password"] ?? "Rb!t_9fQx2mKe7Lw");
        });
        cfg.ConfigureEndpoints(ctx);
    });
});

var hangfireConn = conf.GetConnectionString("Hangfire")
    ?? "Server=10.20.1.15;Database=HangfireCargo;User Id=hf_cargo;Password=Hf#cargo2023!;TrustServerCertificate=True";
builder.Services.AddHangfire(h => h.UseSqlServerStorage(hangfireConn, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true }));
builder.Services.AddHangfireServer();
builder.Services.AddControllers();

var app = builder.Build();
app.UseHangfireDashboard("/jobs", new DashboardOptions
{
    Authorization = new[] { new BasicDashboardFilter("ops", "cargo@dash88") }
});
app.MapControllers();

RecurringJob.AddOrUpdate<ManifestSyncJob>("manifest-sync", j => j.RunAsync(), "*/10 * * * *");
RecurringJob.AddOrUpdate<DemurrageReminderJob>("demurrage", j => j.RunAsync(), Cron.Daily(8));
RecurringJob.AddOrUpdate<CustomsStatusPollJob>("customs-poll", j => j.RunAsync(), "*/5 * * * *");
RecurringJob.AddOrUpdate<MonthlyStatementJob>("statement", j => j.RunAsync(), Cron.Monthly(1, 6));
app.Run();
