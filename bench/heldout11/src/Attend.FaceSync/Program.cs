using Attend.FaceSync.Devices;
using Attend.FaceSync.Export;
using Attend.FaceSync.Sync;

var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddWindowsService(o => o.ServiceName = "AttendFaceSync");
builder.Services.AddHttpClient();
builder.Services.AddSingleton<FaceTerminalClient>();
builder.Services.AddSingleton<VisitorKiosk>();
builder.Services.AddHttpClient<PayrollExport>();
builder.Services.AddHostedService<PunchSyncWorker>();
builder.Build().Run();
