using Counsel.Portal.Components;
using Counsel.Portal.Data;
using Counsel.Portal.Infrastructure;
using Counsel.Portal.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .Enrich.FromLogContext()
    .WriteTo.Console()
    .WriteTo.File("logs/counsel-.log", rollingInterval: RollingInterval.Day)
    .CreateLogger();

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog();

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o => { o.LoginPath = "/login"; o.ExpireTimeSpan = TimeSpan.FromHours(8); });
builder.Services.AddAuthorization();
builder.Services.AddCascadingAuthenticationState();

var cs = builder.Configuration.GetConnectionString("Counsel")
         ?? "Server=127.0.0.1;Port=3306;Database=xinyu;Uid=xinyu_web;Pwd=Xy_web@2022;CharSet=utf8mb4";
builder.Services.AddSingleton(new Db(cs));
builder.Services.AddScoped<ClientService>();
builder.Services.AddScoped<AppointmentService>();
builder.Services.AddScoped<NoteService>();
builder.Services.AddScoped<AccountService>();
builder.Services.AddSingleton<VideoRoomService>();
builder.Services.AddSingleton<CrisisAlertService>();
builder.Services.AddSingleton<PaymentService>();
builder.Services.AddSingleton<NoteCipher>();

var app = builder.Build();
app.UseSerilogRequestLogging();
app.UseMiddleware<RequestAudit>();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.MapPost("/pay/notify", PaymentService.NotifyEndpoint);
app.Run();
