using Common.Infrastructure.Security;
using NLog;
using NLog.Web;
using SwiftRoute.Courier.Api.Endpoints;
using SwiftRoute.Courier.Api.Services;

var nlog = LogManager.Setup().LoadConfigurationFromAppSettings().GetCurrentClassLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Logging.ClearProviders();
    builder.Host.UseNLog();

    builder.Services.AddSingleton<IWaybillStore, RedisWaybillStore>();
    builder.Services.AddScoped<WaybillService>();
    builder.Services.AddScoped<ExpressTrackingClient>();
    builder.Services.AddSingleton<CourierDirectory>();
    builder.Services.AddHttpClient("kuaidi100");

    var mqPassword = builder.Configuration["RabbitMq:Password"] ?? Environment.GetEnvironmentVariable("RABBITMQ_PASSWORD");
    builder.Services.AddSingleton(new MqSettings("amqp-courier.swiftroute.internal", "courier", mqPassword ?? ""));

    var app = builder.Build();

    app.MapWaybillEndpoints();
    app.MapCourierEndpoints();
    app.MapPartnerEndpoints();
    app.MapGet("/", () => "SwiftRoute courier API");

    nlog.Info("Courier API started, pid {0}", Environment.ProcessId);
    app.Run();
}
catch (Exception ex)
{
    nlog.Error(ex, "Stopped program because of exception");
    throw;
}
finally
{
    LogManager.Shutdown();
}

public record MqSettings(string Host, string User, string Password);
