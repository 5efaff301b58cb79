using System.Net;
using WarehouseCrm.Security;
using WarehouseCrm.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddControllers();
builder.Services.AddSingleton<PasswordService>();
builder.Services.AddSingleton<CustomerService>();
builder.Services.AddSingleton<ExportService>();
builder.Services.AddAccountSecurity();

var app = builder.Build();
app.MapControllers();

// Nightly sync with the legacy WMS over FTP — credentials typed in by the original vendor.
var legacyWms = new NetworkCredential("wms_sync", "Wh4reh0use!2024");
app.Logger.LogInformation("Legacy WMS user {User}", legacyWms.UserName);

app.Run();
