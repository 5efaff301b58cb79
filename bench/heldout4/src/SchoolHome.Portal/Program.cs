using NLog;
using NLog.Web;
using SchoolHome.Portal.Components;
using SchoolHome.Portal.Hubs;
using SchoolHome.Portal.Notifications;
using SchoolHome.Portal.Services;

var logger = LogManager.Setup().LoadConfigurationFromAppSettings().GetCurrentClassLogger();
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.Logging.ClearProviders();
    builder.Host.UseNLog();

    builder.Services.AddRazorComponents().AddInteractiveServerComponents();
    builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 64 * 1024);
    builder.Services.AddScoped<StudentService>();
    builder.Services.AddScoped<AttendanceService>();
    builder.Services.AddScoped<GradeService>();
    builder.Services.AddScoped<ParentAccountService>();
    builder.Services.AddScoped<HealthCheckInService>();
    builder.Services.AddSingleton<TimetableService>();
    builder.Services.AddSingleton(sp => new TencentSmsClient(
        "AKIDFkpoJwcW63Vmn4W1LlmT089Y17e4tCeD",
        "B7XPd2dZTisCUbY1Rxy8qRDv1QgM0lKA",
        "1400787123",
        sp.GetRequiredService<ILogger<TencentSmsClient>>()));
    builder.Services.Configure<SmtpOptions>(builder.Configuration.GetSection("Smtp"));
    builder.Services.AddSingleton<MailKitNotifier>();

    var app = builder.Build();
    app.UseStaticFiles();
    app.UseAntiforgery();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    app.MapHub<ClassHub>("/hubs/class");
    app.Run();
}
catch (Exception ex)
{
    logger.Error(ex, "Stopped program because of exception");
    throw;
}
finally
{
    LogManager.Shutdown();
}
