using LaneAgent.Device;
using LaneAgent.Local;
using LaneAgent.Security;
using LaneAgent.Sync;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddSystemd();
builder.Services.AddSingleton<LocalStore>();
builder.Services.AddSingleton<DeviceCredentials>();
builder.Services.AddSingleton<MaintenancePin>();
builder.Services.AddSingleton<BarrierController>();
builder.Services.AddSingleton<LedDisplay>();
builder.Services.AddSingleton<TicketPrinter>();
builder.Services.AddSingleton<FirmwareVerifier>();
builder.Services.AddHostedService<CaptureLoop>();
builder.Services.AddHostedService<OfflineQueueSync>();
builder.Services.AddHostedService<WhitelistSync>();

var host = builder.Build();
host.Run();
