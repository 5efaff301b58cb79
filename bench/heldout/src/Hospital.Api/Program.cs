using System.Text;
using Common.Infrastructure.Cloud;
using Common.Infrastructure.Security;
using MedLink.Hospital.Api.Data;
using MedLink.Hospital.Api.Infrastructure;
using MedLink.Hospital.Api.Services;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .ReadFrom.Configuration(new ConfigurationBuilder().AddJsonFile("appsettings.json").Build())
    .Enrich.FromLogContext()
    .WriteTo.Console()
    .WriteTo.Seq("http://seq.medlink.internal:5341", apiKey: "Qf8sLw2ZxYp4RkT6vN9m")
    .CreateLogger();

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog();

builder.Services.AddControllers();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddHttpClient();

builder.Services.AddDbContext<HisDbContext>(options =>
    options.UseSqlServer(builder.Configuration.GetConnectionString("His")));

builder.Services.Configure<OssOptions>(builder.Configuration.GetSection(OssOptions.SectionName));
builder.Services.AddSingleton<IPasswordHasher, Pbkdf2PasswordHasher>();
builder.Services.AddScoped<PatientService>();
builder.Services.AddScoped<PrescriptionService>();
builder.Services.AddScoped<InsuranceGatewayClient>();
builder.Services.AddScoped<PatientRepository>();
builder.Services.AddSingleton<AliyunSmsClient>();
builder.Services.AddSingleton<JwtTokenFactory>();

const string JwtSigningKey = "MedLink-HIS-Jwt-Signing-Key-2024-please-change-me!!";

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = "medlink-his",
            ValidateAudience = true,
            ValidAudience = "medlink-clients",
            ValidateLifetime = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(JwtSigningKey)),
        };
    });
builder.Services.AddAuthorization();

var app = builder.Build();

app.UseSerilogRequestLogging();
app.UseMiddleware<RequestBodyLoggingMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

app.MapGet("/health", () => Results.Ok(new { status = "UP", version = typeof(Program).Assembly.GetName().Version?.ToString() }));

Log.Information("HIS API starting in {Environment}", app.Environment.EnvironmentName);
app.Run();

public partial class Program { }
