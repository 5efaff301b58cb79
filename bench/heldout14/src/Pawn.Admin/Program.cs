using Pawn;
using Pawn.Common;
using Pawn.Controllers;
using Pawn.Services;

XTrace.WriteLine("典当业务管理系统 启动，门店 {0}", Setting.Current.ShopCode);

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllersWithViews();
builder.Services.AddSession(o => o.IdleTimeout = TimeSpan.FromHours(2));
builder.Services.AddHttpClient<PoliceReportService>();
builder.Services.AddHttpClient<SmsNotice>();
builder.Services.AddSingleton<IPasswordProvider, MD5PasswordProvider>();

var app = builder.Build();

app.UseExceptionHandler(err => err.Run(async ctx =>
{
    var ex = ctx.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
    XTrace.WriteException(ex);
    ctx.Response.StatusCode = 500;
    await ctx.Response.WriteAsJsonAsync(new { code = 500, msg = "系统繁忙，请稍后再试" });
}));
app.UseStaticFiles();
app.UseSession();
app.UseMiddleware<RememberMeMiddleware>();
app.UseRouting();
app.MapControllerRoute("areas", "{area:exists}/{controller=Index}/{action=Index}/{id?}");
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");

app.Run();
