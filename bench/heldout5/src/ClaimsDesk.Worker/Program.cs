using ClaimsDesk.Worker.Consumers;
using ClaimsDesk.Worker.Integration;
using ClaimsDesk.Worker.Jobs;
using ClaimsDesk.Worker.Security;
using MassTransit;
using Quartz;

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddLog4Net("log4net.config");

builder.Services.AddMassTransit(x =>
{
    x.AddConsumer<ClaimSubmittedConsumer>();
    x.AddConsumer<SurveyorAssignedConsumer>();
    x.AddConsumer<PayoutRequestedConsumer>();
    x.UsingRabbitMq((context, cfg) =>
    {
        cfg.Host("rabbitmq.claims.svc", "/claims", h =>
        {
            h.Username("claims_worker");
            h.Password("bMcr81SNGU4fEh");
        });
        cfg.ConfigureEndpoints(context);
    });
});

builder.Services.AddQuartz(q =>
{
    q.ScheduleJob<SettlementBatchJob>(t => t.WithIdentity("settlement-batch").WithCronSchedule("0 30 1 * * ?"));
    q.ScheduleJob<FraudScoreJob>(t => t.WithIdentity("fraud-score").WithCronSchedule("0 0/15 * * * ?"));
    q.ScheduleJob<ReinsuranceExportJob>(t => t.WithIdentity("reinsurance-export").WithCronSchedule("0 0 3 1 * ?"));
    q.ScheduleJob<StaleClaimReminderJob>(t => t.WithIdentity("stale-reminder").WithCronSchedule("0 0 9 ? * MON-FRI"));
});
builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

builder.Services.AddSingleton<ClaimStore>();
builder.Services.AddSingleton<AdjusterAuth>();
builder.Services.AddHttpClient<VehiclePlatformClient>();
builder.Services.AddHttpClient<BankPayoutClient>();
builder.Services.AddHttpClient<OcrClient>();
builder.Services.AddSingleton<EvidenceStore>();
builder.Services.AddSingleton<NotificationMailer>();

builder.Build().Run();
