using System.Text;
using GameAccount.Grpc.Dapr;
using GameAccount.Grpc.Interceptors;
using GameAccount.Grpc.Security;
using GameAccount.Grpc.Services;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddGrpc(o =>
{
    o.Interceptors.Add<ApiKeyInterceptor>();
    o.Interceptors.Add<ServerLoggingInterceptor>();
    o.Interceptors.Add<ExceptionInterceptor>();
    o.MaxReceiveMessageSize = 1 * 1024 * 1024;
});

builder.Services.AddHttpClient<DaprSidecar>(c => c.BaseAddress = new Uri("http://localhost:3500"));
builder.Services.AddSingleton<JwtIssuer>();
builder.Services.AddSingleton<NationalAntiAddictionClient>();
builder.Services.AddSingleton<LegacyPasswordHasher>();
builder.Services.AddSingleton<PaymentCallbackVerifier>();

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "gameaccount",
            ValidAudience = "game-clients",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(JwtIssuer.SigningKey)),
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    });
builder.Services.AddAuthorization();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapGrpcService<AccountGrpcService>();
app.MapGet("/internal/accounts/{id:long}", async (long id, DaprSidecar dapr) =>
{
    var account = await dapr.GetStateAsync<GameAccount.Grpc.Domain.PlayerAccount>("account:" + id);
    return account is null ? Results.NotFound() : Results.Ok(account);
}).RequireAuthorization("cs");
app.MapGet("/internal/accounts/{id:long}/summary", async (long id, DaprSidecar dapr) =>
{
    var a = await dapr.GetStateAsync<GameAccount.Grpc.Domain.PlayerAccount>("account:" + id);
    return a is null ? Results.NotFound() : Results.Ok(new { a.Id, a.RealNameStatus, a.Channel, HasMobile = a.Mobile.Length > 0 });
}).RequireAuthorization("cs");
app.MapGet("/healthz", () => Results.Ok(new { status = "ok", version = typeof(Program).Assembly.GetName().Version?.ToString() }));
app.Run();
