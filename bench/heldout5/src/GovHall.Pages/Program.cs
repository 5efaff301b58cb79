using GovHall.Pages.Data;
using GovHall.Pages.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorPages(o =>
{
    o.Conventions.AuthorizeFolder("/Admin", "staff");
    o.Conventions.AuthorizeFolder("/Appointments");
});

builder.Services.AddAuthentication(o =>
    {
        o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
        o.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
    })
    .AddCookie(o => o.Cookie.Name = "govhall.auth")
    .AddOpenIdConnect(o =>
    {
        o.Authority = "https://sso.example-gov.cn/realms/govhall";
        o.ClientId = "govhall-web";
        o.ClientSecret = "Vt4kQ9xLp2Zr7Mw3Nb8Hc5Jd1Fs6Ga0Y";
        o.ResponseType = "code";
        o.SaveTokens = true;
        o.Scope.Add("profile");
    });
builder.Services.AddAuthorization(o => o.AddPolicy("staff", p => p.RequireRole("hall-staff")));

builder.Services.AddDataProtection()
    .SetApplicationName("govhall")
    .PersistKeysToFileSystem(new DirectoryInfo("/var/govhall/keys"));

builder.Services.AddSingleton(new HolidayCalendar(
    new[] { new DateOnly(2027, 1, 1), new DateOnly(2027, 2, 6), new DateOnly(2027, 2, 7), new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9) },
    new[] { new DateOnly(2027, 2, 14) }));
builder.Services.AddSingleton<SlotPlanner>();
builder.Services.AddScoped<AppointmentRepository>();
builder.Services.AddHttpClient<RealNameVerifier>();
builder.Services.AddHttpClient<GovSmsClient>();
builder.Services.AddHttpClient<ProvincePortalSso>();
builder.Services.AddSingleton<StaffPasswordService>();
builder.Services.AddSingleton<AuditTrail>();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.Run();
