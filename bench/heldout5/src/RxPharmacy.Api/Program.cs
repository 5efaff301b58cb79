using System.Text;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using RxPharmacy.Api.Data;
using RxPharmacy.Api.Endpoints;
using RxPharmacy.Api.Infrastructure;
using RxPharmacy.Api.Integration;
using RxPharmacy.Api.Logging;
using Serilog;
using Serilog.Context;

var builder = WebApplication.CreateBuilder(args);

Log.Logger = new LoggerConfiguration()
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    .Enrich.With<PatientContextEnricher>()
    .WriteTo.Console()
    .WriteTo.Seq("http://seq.rx.internal:5341", apiKey: "q3LRz0bW7tYpXk2MnV8sHd4J")
    .CreateLogger();
builder.Host.UseSerilog();

builder.Services.AddMediatR(cfg => cfg.RegisterServicesFromAssemblyContaining<Program>());
builder.Services.AddValidatorsFromAssemblyContaining<Program>();
builder.Services.AddSingleton<DbConnectionFactory>();
builder.Services.AddScoped<PatientRepository>();
builder.Services.AddScoped<PrescriptionRepository>();
builder.Services.AddScoped<DrugCatalogRepository>();
builder.Services.AddSingleton<RedisCache>();
builder.Services.AddHttpClient<InsuranceGateway>();
builder.Services.AddHttpClient<AliyunSmsSender>();
builder.Services.AddHttpClient<PharmacistCaSigner>();

var jwtKey = builder.Configuration["Jwt:SigningKey"] ?? throw new InvalidOperationException("Jwt:SigningKey missing");
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = "rx-pharmacy",
            ValidAudience = "rx-app",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtKey)),
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    });
builder.Services.AddAuthorization(o =>
{
    o.AddPolicy("pharmacist", p => p.RequireRole("Pharmacist"));
    o.AddPolicy("doctor", p => p.RequireRole("Doctor"));
});

var app = builder.Build();

app.Use(async (ctx, next) =>
{
    // Correlates every log line of a request; the trace id is not personal.
    using (LogContext.PushProperty("TraceId", ctx.TraceIdentifier))
    {
        await next();
    }
});

app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/healthz", () => Results.Ok(new { status = "up", version = typeof(Program).Assembly.GetName().Version?.ToString() }));
app.MapPrescriptionEndpoints();
app.MapPatientEndpoints();
app.MapDrugEndpoints();
app.MapInsuranceCallbacks();

app.Run();

public partial class Program;
