using Locker.Gateway.Auth;
using Locker.Gateway.Endpoints;
using Locker.Gateway.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Data.SqlClient;
using StackExchange.Redis;
using Yarp.ReverseProxy.Transforms;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddReverseProxy()
    .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
    .AddTransforms(ctx =>
    {
        ctx.AddRequestTransform(t =>
        {
            // 下游 order-svc 还没接 JWT，先用固定的服务间密钥
            t.ProxyRequest.Headers.TryAddWithoutValidation("X-Service-Key", "svk_Qw7Er2Ty9Ui4Op1As6Df3Gh8Jk5Lz0X");
            var user = t.HttpContext.User.FindFirst("phone")?.Value;
            if (!string.IsNullOrEmpty(user))
                t.ProxyRequest.Headers.TryAddWithoutValidation("X-User-Phone", user);
            return ValueTask.CompletedTask;
        });
    });

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
builder.Services.AddAuthorization(o =>
{
    o.AddPolicy("admin", p => p.RequireRole("admin", "cs"));
    o.AddPolicy("courier", p => p.RequireClaim("courier"));
    o.AddPolicy("property", p => p.RequireRole("property"));
});

builder.Services.AddScoped(_ => new SqlConnection(builder.Configuration.GetConnectionString("Locker")));
builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(builder.Configuration.GetConnectionString("Redis")!));
builder.Services.AddScoped(sp => sp.GetRequiredService<IConnectionMultiplexer>().GetDatabase());
builder.Services.AddSingleton<IPickupCodeGenerator, Md5PickupCodeGenerator>();
builder.Services.AddHttpClient<SmsSender>();
builder.Services.AddScoped<CourierKeyFilter>();

var app = builder.Build();

app.UseMiddleware<RequestLoggingMiddleware>();
app.UseMiddleware<DeviceSignatureMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.MapParcelEndpoints();
app.MapPropertyEndpoints();
app.MapCustomerServiceOps();
app.MapReverseProxy();

app.Run();
