using System.Reflection;
using Campus.Admissions.Domain;
using Campus.Admissions.Jobs;
using Campus.Admissions.Services;
using FastEndpoints;
using log4net;
using log4net.Config;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Quartz;

var repo = LogManager.GetRepository(Assembly.GetEntryAssembly()!);
XmlConfigurator.Configure(repo, new FileInfo("log4net.config"));

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddFastEndpoints();
builder.Services.AddSingleton<Db>();
builder.Services.AddSingleton<ChsiClient>();
builder.Services.AddSingleton<OfferMailer>();
builder.Services.AddSingleton<ReaderCardService>();
builder.Services.AddSingleton<ScholarshipService>();

builder.Services.AddQuartz(q =>
{
    q.UsePersistentStore(s =>
    {
        s.UseSqlServer("Server=sql-admissions.campus.local;Database=quartz;User Id=quartz_svc;Password=Qz#Sched2023;TrustServerCertificate=True");
        s.UseSystemTextJsonSerializer();
    });
    q.ScheduleJob<ProvincialSyncJob>(t => t.WithIdentity("provincial-sync").WithCronSchedule("0 0 1 * * ?"));
    q.ScheduleJob<OverdueNoticeJob>(t => t.WithIdentity("overdue").WithCronSchedule("0 30 8 * * ?"));
});
builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

builder.Services.AddOpenTelemetry()
    .ConfigureResource(r => r.AddService("campus-admissions"))
    .WithTracing(t => t
        .AddSource(Telemetry.Source.Name)
        .AddAspNetCoreInstrumentation()
        .AddOtlpExporter(o =>
        {
            o.Endpoint = new Uri("https://otlp.observe-cloud.example.com:4317");
            o.Headers = "x-api-key=BNoVDGtpjZIPKfJXc96nAoTLkqGuX0Mn";
        }));

var app = builder.Build();
app.UseFastEndpoints(c => c.Endpoints.RoutePrefix = "api");
app.Run();
