using Coravel;
using Estate.Agency.Entities;
using Estate.Agency.Framework;
using Estate.Agency.Helpers;
using Estate.Agency.Hubs;
using Estate.Agency.Jobs;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Host.UseSerilog((ctx, lc) => lc
    .ReadFrom.Configuration(ctx.Configuration)
    .WriteTo.Console()
    .WriteTo.File("logs/crm-.log", rollingInterval: RollingInterval.Day));

builder.Services.AddControllersWithViews();
builder.Services.AddSignalR();
builder.Services.AddScheduler();
builder.Services.AddHttpContextAccessor();
builder.Services.AddSingleton<ISqlConnectionFactory, MySqlConnectionFactory>();
builder.Services.AddScoped(typeof(SqlSugarRepository<>));
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
builder.Services.AddHttpClient<SmsHelper>();
builder.Services.AddHttpClient<WeChatPayHelper>();
builder.Services.AddHttpClient<OssHelper>();
builder.Services.AddHttpClient<PortalSyncJob>();
builder.Services.AddHttpClient("bank", c => c.BaseAddress = new Uri(builder.Configuration["Bank:BaseUrl"]!));
builder.Services.AddHttpClient("registry", c => c.BaseAddress = new Uri(builder.Configuration["Registry:BaseUrl"]!));
builder.Services.AddTransient<LoanReminderJob>();
builder.Services.AddTransient<CustomerArchiveJob>();
builder.Services.AddScoped<Estate.Agency.Application.Listings.KeyBoxService>();

var app = builder.Build();
app.UseSerilogRequestLogging();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.MapDefaultControllerRoute();
app.MapHub<AgentChatHub>("/hubs/chat");
app.Services.UseScheduler(s =>
{
    s.Schedule<PortalSyncJob>().EveryTenMinutes();
    s.Schedule<LoanReminderJob>().DailyAtHour(9);
    s.Schedule<CustomerArchiveJob>().DailyAtHour(2);
});
app.Run();

public sealed class HttpCurrentUser : ICurrentUser
{
    private readonly IHttpContextAccessor _accessor;
    public HttpCurrentUser(IHttpContextAccessor accessor) => _accessor = accessor;
    private System.Security.Claims.ClaimsPrincipal? User => _accessor.HttpContext?.User;
    public long? Id => long.TryParse(User?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var v) ? v : null;
    public string? UserName => User?.Identity?.Name;
    public long? StoreId => long.TryParse(User?.FindFirst("store")?.Value, out var v) ? v : null;
    public bool IsInRole(string role) => User?.IsInRole(role) ?? false;
}
