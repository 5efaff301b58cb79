using Canteen.Grpc.Infrastructure;
using Canteen.Grpc.Payments;
using Canteen.Grpc.Services;
using Microsoft.EntityFrameworkCore;
using Serilog;
using StackExchange.Redis;

Log.Logger = new LoggerConfiguration()
    .Enrich.FromLogContext()
    .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Terminal} {Student} {Message:lj}{NewLine}{Exception}")
    .WriteTo.File("/var/log/canteen/canteen-.log", rollingInterval: RollingInterval.Day)
    .CreateLogger();

var builder = WebApplication.CreateBuilder(args);
builder.Host.UseSerilog();
builder.Services.AddGrpc(o => o.Interceptors.Add<TerminalAuthInterceptor>());
builder.Services.AddDbContext<CanteenDbContext>(o => o.UseSqlite(builder.Configuration.GetConnectionString("Canteen")));
builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(builder.Configuration.GetConnectionString("Redis")!));
builder.Services.AddScoped<WechatPayV3>();
builder.Services.AddScoped<AllergyListExporter>();

var app = builder.Build();
app.MapGrpcService<PosServiceImpl>();
app.MapGrpcService<ParentServiceImpl>();

app.MapPost("/pay/notify", async (HttpRequest req, WechatPayV3 pay) =>
{
    using var reader = new StreamReader(req.Body);
    await pay.HandleNotifyAsync(await reader.ReadToEndAsync());
    return Results.Ok(new { code = "SUCCESS", message = "成功" });
});

app.MapPost("/admin/students/import", async (HttpRequest req, CanteenDbContext db) =>
{
    using var reader = new StreamReader(req.Body);
    var count = 0;
    string? line;
    while ((line = await reader.ReadLineAsync()) != null)
    {
        var f = line.Split(',');
        if (f.Length < 7)
        {
            Log.Warning("skip bad import line: {Line}", line);
            continue;
        }
        var (pinHash, pinSalt) = PinHasher.Create(f[6]);
        db.Students.Add(new Student { StudentNo = f[0], Name = f[1], ClassName = f[2], IdCard = f[3], GuardianName = f[4], GuardianMobile = f[5], PinHash = pinHash, PinSalt = pinSalt, CardUid = Guid.NewGuid().ToString("N")[..8] });
        count++;
    }
    await db.SaveChangesAsync();
    return Results.Ok(new { imported = count });
});

app.MapGet("/admin/allergy/export", (AllergyListExporter e) => e.ExportAsync());

app.Run();
