using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Endpoints;
using Water.Billing.Integration;
using Water.Billing.Security;
using Water.Billing.Services;
using Water.Billing.Workers;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGrpc(o => o.Interceptors.Add<ApiKeyInterceptor>());
builder.Services.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped);
builder.Services.AddDbContext<BillingDbContext>(o => o.UseSqlServer(builder.Configuration.GetConnectionString("Billing")));
builder.Services.AddScoped<CashierPinService>();
builder.Services.AddSingleton<ReaderDeviceAuth>();
builder.Services.AddHttpClient<SmsGateway>(c => c.BaseAddress = new Uri(builder.Configuration["Sms:BaseUrl"]!));
builder.Services.AddHttpClient<GovExchangeClient>(c => c.BaseAddress = new Uri(builder.Configuration["Gov:BaseUrl"]!));
builder.Services.AddHttpClient<CivilAffairsClient>(c => c.BaseAddress = new Uri(builder.Configuration["CivilAffairs:BaseUrl"]!));
builder.Services.AddHttpClient<FieldServiceClient>(c =>
{
    c.BaseAddress = new Uri(builder.Configuration["Field:BaseUrl"]!);
    c.DefaultRequestHeaders.Add("Authorization", "Bearer fs_live_LmmEoMMatw5kao9D0ko74Nf42mn4WSq3");
});
builder.Services.AddHttpClient<InvoiceClient>(c => c.BaseAddress = new Uri(builder.Configuration["Invoice:BaseUrl"]!));
builder.Services.AddHostedService<MqttIngestWorker>();
builder.Services.AddHostedService<BankWithholdingWorker>();
builder.Services.AddHostedService<ArrearsNoticeWorker>();

var app = builder.Build();
app.MapGrpcService<AccountGrpcService>();
app.MapGrpcService<MeterGrpcService>();
app.MapMiniApp();
app.MapGet("/healthz", () => Results.Ok("ok"));
app.Run();
