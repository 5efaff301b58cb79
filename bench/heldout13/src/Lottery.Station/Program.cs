using System.Reflection;
using log4net;
using log4net.Config;
using Lottery.Station.Hubs;
using Lottery.Station.Jobs;
using Lottery.Station.Services;
using Quartz;
using StackExchange.Redis;

var repo = LogManager.GetRepository(Assembly.GetEntryAssembly()!);
XmlConfigurator.Configure(repo, new FileInfo("log4net.config"));

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSignalR();
builder.Services.AddHttpClient();
builder.Services.AddSingleton<IConnectionMultiplexer>(_ =>
    ConnectionMultiplexer.Connect(builder.Configuration.GetConnectionString("Redis") + ",password=Rds_2087_station"));
builder.Services.AddSingleton<IDigest, LegacyDigest>();
builder.Services.AddSingleton<ClerkAuth>();
builder.Services.AddSingleton<CenterClient>();
builder.Services.AddSingleton<ClaimService>();

builder.Services.AddQuartz(q =>
{
    q.AddJob<DrawResultJob>(j => j.WithIdentity("draw-dlt").UsingJobData("game", "dlt"));
    q.AddTrigger(t => t.ForJob("draw-dlt").WithCronSchedule("0 35 21 ? * MON,WED,SAT"));
    q.AddJob<DrawResultJob>(j => j.WithIdentity("draw-pl").UsingJobData("game", "pl3"));
    q.AddTrigger(t => t.ForJob("draw-pl").WithCronSchedule("0 40 20 * * ?"));
    q.AddJob<DailySettleJob>(j => j.WithIdentity("settle"));
    q.AddTrigger(t => t.ForJob("settle").WithCronSchedule("0 10 2 * * ?"));
    q.AddJob<MemberBirthdayJob>(j => j.WithIdentity("birthday"));
    q.AddTrigger(t => t.ForJob("birthday").WithCronSchedule("0 0 9 * * ?"));
});
builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

var app = builder.Build();
app.MapHub<StationHub>("/hub/station");

app.MapPost("/claims", async (ClaimRequest req, ClaimService svc) =>
{
    var id = await svc.RegisterAsync(req.Clerk, req.Claim);
    return Results.Ok(new { id });
});
app.MapGet("/claims/mine", (string serial, string last6, ClaimService svc) => svc.GetForWinnerAsync(serial, last6));
app.MapGet("/claims/export", (int year, int month, ClaimService svc) => svc.ExportMonthAsync(year, month));

app.Run();

public record ClaimRequest(string Clerk, Lottery.Station.Domain.PrizeClaim Claim);
