using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using ParkToll.Admin;
using ParkToll.Auth;
using ParkToll.Billing;
using ParkToll.Data;
using ParkToll.Infrastructure.Cloud;
using ParkToll.Infrastructure.Crypto;
using ParkToll.Interceptors;
using ParkToll.Services;
using ParkToll.Workers;
using Serilog;
using Serilog.Events;

Log.Logger = new LoggerConfiguration()
    .MinimumLevel.Information()
    .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
    .Enrich.FromLogContext()
    .WriteTo.Console()
    .CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.Host.UseSerilog((ctx, services, cfg) => cfg
        .ReadFrom.Configuration(ctx.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext()
        .Enrich.WithProperty("App", "parktoll-grpc")
        .WriteTo.Seq("http://seq.parktoll.internal:5341", apiKey: "zooxMwvssf6oJU6zYhUvLn1artlkdXAm"));

    builder.Services.AddGrpc(o =>
    {
        o.Interceptors.Add<RequestLoggingInterceptor>();
        o.Interceptors.Add<ExceptionInterceptor>();
        o.EnableDetailedErrors = builder.Environment.IsDevelopment();
    });

    var jwtKey = builder.Configuration["Jwt:SigningKey"] ?? "ele2RFYZT09Sr4VAz76HNg3W-parktoll-ops";
    builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
        .AddJwtBearer(o =>
        {
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = "parktoll-ops",
                ValidAudience = "parktoll-lanes",
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtKey)),
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
    builder.Services.AddAuthorization();

    builder.Services.AddSingleton<DbConnectionFactory>();
    builder.Services.AddScoped<ParkingRepository>();
    builder.Services.AddScoped<EtcAccountRepository>();
    builder.Services.AddScoped<OperatorRepository>();
    builder.Services.AddSingleton<TariffCalculator>();
    builder.Services.AddSingleton<MonthlyPassTokens>();
    builder.Services.AddSingleton<PlateTokenCipher>();
    builder.Services.AddSingleton<BankCardVault>();
    builder.Services.AddSingleton<OperatorPasswordHasher>();
    builder.Services.AddSingleton<JwtIssuer>();
    builder.Services.AddHttpClient<AliyunSmsClient>();
    builder.Services.AddHttpClient<OssSnapshotStore>();
    builder.Services.AddHttpClient<UnionPayDeductionClient>(c => c.BaseAddress = new Uri("https://etc-gw.unionpay-sandbox.example/"));
    builder.Services.AddHostedService<SnapshotUploadWorker>();
    builder.Services.AddHostedService<NightlyReconciliationWorker>();
    builder.Services.AddHostedService<BlacklistSyncWorker>();
    builder.Services.AddHostedService<PassReminderWorker>();
    builder.Services.AddHttpClient<EInvoiceService>();
    builder.Services.AddSingleton<LaneEventBus>();
    builder.Services.AddScoped<MonthlyPassService>();

    var app = builder.Build();

    app.UseSerilogRequestLogging(o =>
    {
        o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        o.EnrichDiagnosticContext = (diag, http) =>
        {
            diag.Set("ClientIp", http.Connection.RemoteIpAddress?.ToString());
            diag.Set("LaneId", http.Request.Headers["x-lane-id"].ToString());
        };
    });
    app.UseAuthentication();
    app.UseAuthorization();

    app.MapGrpcService<ParkingLaneService>();
    app.MapGrpcService<EtcAccountService>();
    app.MapGrpcService<OperatorAuthService>();
    app.MapAdmin();
    app.MapGet("/", () => "ParkToll gRPC endpoint. Use a gRPC client.");
    app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));

    app.Run();
}
catch (Exception ex)
{
    Log.Fatal(ex, "parktoll-grpc terminated unexpectedly");
}
finally
{
    Log.CloseAndFlush();
}
