using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Jobs;
using CreditLoan.Web.Services;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllersWithViews()
    .AddSessionStateTempDataProvider();
builder.Services.AddSession(o => o.IdleTimeout = TimeSpan.FromMinutes(20));
builder.Services.AddAutoMapper(typeof(Program));

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
    .AddCookie(o =>
    {
        o.LoginPath = "/account/login";
        o.Cookie.Name = "cl.auth";
        o.ExpireTimeSpan = TimeSpan.FromHours(2);
    });

var loanDb = builder.Configuration.GetConnectionString("LoanDb")
    ?? "Server=10.20.1.15;Database=credit_loan;User Id=loan_app;Password=fgpo@x1VTUv##;TrustServerCertificate=true";
builder.Services.AddSingleton(new DbConnectionFactory(loanDb));

var redisConn = builder.Configuration["Redis:Configuration"] ?? "localhost:6379";
builder.Services.AddSingleton(_ => new LoanCache(redisConn));

builder.Services.AddDataProtection()
    .SetApplicationName("credit-loan")
    .PersistKeysToFileSystem(new DirectoryInfo("/var/lib/credit-loan/keys"));

builder.Services.AddHttpClient<CreditBureauClient>(c =>
{
    c.BaseAddress = new Uri(builder.Configuration["CreditBureau:BaseUrl"]!);
    c.DefaultRequestHeaders.Add("X-Org-Code", "91440300MA5FXXXX1L");
    c.Timeout = TimeSpan.FromSeconds(15);
});
builder.Services.AddScoped<RiskScoringService>();
builder.Services.AddScoped<LoanApplicationService>();
builder.Services.AddScoped<CollectionExportService>();
builder.Services.AddScoped<CustomerPasswordService>();
builder.Services.AddSingleton<AliyunSmsSender>();
builder.Services.AddHostedService<OverdueReminderJob>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/home/error");
    app.UseHsts();
}

app.UseStaticFiles();
app.UseRouting();
app.UseSession();
app.UseAuthentication();
app.UseAuthorization();

app.MapControllerRoute("default", "{controller=Loan}/{action=Index}/{id?}");

app.Run();
