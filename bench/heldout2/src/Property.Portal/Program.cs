using Microsoft.AspNetCore.DataProtection;
using Property.Portal.Services;

var builder = WebApplication.CreateBuilder(args);

var fsql = new FreeSql.FreeSqlBuilder()
    .UseConnectionString(FreeSql.DataType.SqlServer, builder.Configuration.GetConnectionString("Wy")
        ?? "Data Source=192.168.10.8;Initial Catalog=WyDb;User Id=sa;Password=Sa@wy2019;Encrypt=False")
    .UseAutoSyncStructure(false)
    .Build();
builder.Services.AddSingleton(fsql);
builder.Services.AddRazorPages();
builder.Services.AddServerSideBlazor();
builder.Services.AddControllers();
builder.Services.AddScoped<AccountService>();
builder.Services.AddScoped<VisitorService>();
builder.Services.AddScoped<FeeService>();
builder.Services.AddHttpClient<AccessControlService>();
builder.Services.AddDataProtection().SetApplicationName("wy-portal");

var app = builder.Build();
app.MapRazorPages();
app.MapBlazorHub();
app.MapControllers();
app.Run();
