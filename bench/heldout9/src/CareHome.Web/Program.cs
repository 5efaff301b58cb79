using CareHome.Data;
using CareHome.Data.Interceptors;
using CareHome.Endpoints;
using CareHome.Features.Behaviours;
using CareHome.Hubs;
using CareHome.Reports;
using CareHome.Security;
using CareHome.Services;
using Mediator;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeFolder("/Residents");
    o.Conventions.AuthorizeFolder("/Family", "family");
    o.Conventions.AllowAnonymousToPage("/Account/Login");
});

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o =>
    {
        o.LoginPath = "/Account/Login";
        o.Cookie.Name = "yk.auth";
        o.ExpireTimeSpan = TimeSpan.FromHours(12);
    });
builder.Services.AddAuthorization(o => o.AddPolicy("family", p => p.RequireClaim("kind", "family")));

builder.Services.AddSingleton<AuditSaveChangesInterceptor>();
builder.Services.AddSingleton<SlowCommandInterceptor>();
builder.Services.AddDbContext<CareDbContext>((sp, o) => o
    .UseSqlServer(builder.Configuration.GetConnectionString("Care"))
    .AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>(), sp.GetRequiredService<SlowCommandInterceptor>()));

builder.Services.AddMediator(o => o.ServiceLifetime = ServiceLifetime.Scoped);
builder.Services.AddScoped(typeof(IPipelineBehavior<,>), typeof(RequestLoggingBehaviour<,>));
builder.Services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));

builder.Services.AddSignalR().AddStackExchangeRedis(builder.Configuration.GetConnectionString("Redis")!);

builder.Services.AddSingleton<StaffPasswordHasher>();
builder.Services.AddSingleton<FamilyLinkSigner>();
builder.Services.AddSingleton<DoorCardCrypto>();
builder.Services.AddSingleton<TencentSmsSender>();
builder.Services.AddSingleton<InvoiceMailer>();
builder.Services.AddScoped<MonthlyCareReportExporter>();
builder.Services.AddScoped<VitalsAlertService>();
builder.Services.AddScoped<ShiftRosterExport>();
builder.Services.AddScoped<LegacyImport>();
builder.Services.AddSingleton<ContractSigner>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddHttpClient<WechatMiniLogin>();
builder.Services.AddHttpClient<PharmacyOrderClient>(c =>
{
    c.BaseAddress = new Uri("https://api.yaofang-partner.example.cn/");
    c.DefaultRequestHeaders.Add("X-Partner-Key", "f6eQ6i058XrHoEQrW95QWlBzZaCySv1Q");
});

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseHttpsRedirection();
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages();
app.MapHub<CareFloorHub>("/hubs/floor");
app.MapHub<FamilyHub>("/hubs/family");
app.MapFamilyApi();
app.MapBedSensorWebhook();

app.Run();
