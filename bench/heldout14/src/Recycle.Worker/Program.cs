using Coravel;
using NLog.Extensions.Logging;
using Recycle.Worker.Consumers;
using Recycle.Worker.Infrastructure;
using Recycle.Worker.Jobs;
using Recycle.Worker.Services;

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddNLog();

builder.Services.AddSingleton<RabbitConnection>();
builder.Services.AddSingleton<BankCardCipher>();
builder.Services.AddSingleton<IImeiHasher, ConfiguredImeiHasher>();
builder.Services.AddHttpClient<PayoutClient>(c => c.Timeout = TimeSpan.FromSeconds(20));
builder.Services.AddHttpClient<PhotoUploader>();
builder.Services.AddHttpClient();

builder.Services.AddHostedService<InspectionConsumer>();
builder.Services.AddHostedService<PayoutConsumer>();
builder.Services.AddHostedService<WipeConsumer>();

builder.Services.AddScheduler();
builder.Services.AddTransient<SuspiciousSellerJob>();
builder.Services.AddTransient<WeeklyReportJob>();
builder.Services.AddTransient<PickupRouteJob>();

var host = builder.Build();
host.Services.UseScheduler(s =>
{
    s.Schedule<SuspiciousSellerJob>().DailyAtHour(1).PreventOverlapping(nameof(SuspiciousSellerJob));
    s.Schedule<WeeklyReportJob>().Weekly().Monday();
    s.Schedule<PickupRouteJob>().DailyAt(7, 30);
}).OnError(ex => NLog.LogManager.GetCurrentClassLogger().Error(ex, "调度任务异常"));

host.Run();
