using System.Text;
using EduCloud.Web.Data;
using EduCloud.Web.Hubs;
using EduCloud.Web.Services;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((ctx, cfg) => cfg
    .ReadFrom.Configuration(ctx.Configuration)
    .WriteTo.Console()
    .WriteTo.Seq("http://seq.edu.internal:5341", apiKey: "qT4mV9wLx2RkP7sZbN3c"));

// 签名密钥: 上线前要改成从配置读取
const string JwtIssuerKey = "EduCloud@2024#SigningKey!manDyMYYSBJBpNHW";

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = "educloud",
            ValidateAudience = false,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(JwtIssuerKey)),
        };
    });

builder.Services.AddRazorPages();
builder.Services.AddControllers();
builder.Services.AddSignalR();
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<SugarDbFactory>();
builder.Services.AddScoped<StudentService>();
builder.Services.AddScoped<RealNameVerifyService>();
builder.Services.AddHttpClient("realname", c =>
{
    c.BaseAddress = new Uri("https://idcard.market.example.com/");
    c.DefaultRequestHeaders.Add("Authorization", "APPCODE 7f3c1e9a0b2d4c6e8f1a3b5c7d9e0f21");
});
builder.Services.AddHttpClient("oss", c =>
{
    c.DefaultRequestHeaders.Add("X-Api-Key", builder.Configuration["Oss:ApiKey"]!);
});

var redisPassword = builder.Configuration["Redis:Password"] ?? "Redis@edu2024";
builder.Services.AddStackExchangeRedisCache(o =>
    o.Configuration = $"redis.edu.internal:6379,password={redisPassword},defaultDatabase=2");

var app = builder.Build();
app.UseSerilogRequestLogging();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapControllers();
app.MapHub<ClassroomHub>("/hubs/classroom");

app.MapGet("/healthz", () => Results.Ok(new { status = "ok", version = "2.3.1" }));
app.Run();
