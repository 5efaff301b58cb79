using Dapr.Client;
using FitClub.Api.Attendance;
using FitClub.Api.GraphQL;
using FitClub.Api.Members;
using FitClub.Api.Payments;
using FitClub.Api.Security;
using FitClub.Api.Staff;
using Marten;
using Wolverine;
using Wolverine.Marten;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddDaprClient();

// Secrets come from the Dapr secret store (Kubernetes secrets in the cluster, a local file on laptops).
using var bootstrapDapr = new DaprClientBuilder().Build();
var pg = await bootstrapDapr.GetSecretAsync("fitclub-secrets", "postgres");
var marten = pg.TryGetValue("connectionString", out var cs) ? cs
    : "Host=pg-fitclub;Port=5432;Database=fitclub;Username=fitclub;Password=Fc_pg#2025!";

builder.Services.AddMarten(o =>
{
    o.Connection(marten);
    o.DatabaseSchemaName = "club";
    o.Schema.For<Member>().Index(m => m.MemberNo, i => i.IsUnique = true);
    o.Schema.For<StaffProfile>().Index(s => s.EmployeeNo);
}).IntegrateWithWolverine().UseLightweightSessions();

builder.Host.UseWolverine(o =>
{
    o.Policies.AutoApplyTransactions();
    o.Durability.Mode = DurabilityMode.Solo;
});

builder.Services.AddSingleton<MemberCardService>();
builder.Services.AddSingleton<FaceTemplateStore>();
builder.Services.AddSingleton<LockerPins>();
builder.Services.AddSingleton<WechatPayV2>();
builder.Services.AddSingleton<CoachAccounts>();

builder.Services
    .AddGraphQLServer()
    .AddQueryType<Query>()
    .AddMutationType<Mutation>()
    .AddMartenFiltering()
    .AddMartenSorting()
    .AddProjections()
    .ModifyRequestOptions(o => o.IncludeExceptionDetails = builder.Environment.IsDevelopment());

var app = builder.Build();

app.UseCloudEvents();
app.MapSubscribeHandler();
app.MapGraphQL();
app.MapPost("/pay/wechat/notify", WechatPayV2.HandleNotifyAsync);
app.MapPost("/attendance/face", FaceCheckIn.HandleAsync).WithTopic("pubsub", "face-events");

app.Run();
