using Serilog;
using Sky.Loyalty.Api;
using Sky.Loyalty.Partners;
using Sky.Loyalty.Services;

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog((ctx, lc) => lc.ReadFrom.Configuration(ctx.Configuration).WriteTo.Console());
builder.Host.UseOrleans(silo =>
{
    silo.UseLocalhostClustering();
    silo.AddMemoryGrainStorage("members");
});
builder.Services.AddSingleton<Mailer>();
builder.Services.AddHttpClient<ExportService>();
builder.Services.AddSingleton<CallCentreService>();

var app = builder.Build();
app.UseSerilogRequestLogging(o => o.EnrichDiagnosticContext = (ctx, http) =>
{
    ctx.Set("MemberNo", http.Request.Headers["X-Member-No"].ToString());
    ctx.Set("ClientIp", http.Connection.RemoteIpAddress?.ToString());
});
app.MapMembers();
app.MapPartners();
app.Run();
