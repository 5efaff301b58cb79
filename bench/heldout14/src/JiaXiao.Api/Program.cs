using JiaXiao.Api.Jobs;
using Serilog;
using StackExchange.Redis;

var builder = WebApplication.CreateBuilder(args).Inject();

builder.Host.UseSerilog((ctx, cfg) => cfg.ReadFrom.Configuration(ctx.Configuration));

builder.Services.AddControllers().AddInjectWithUnifyResult();
builder.Services.AddJwt<JwtHandler>(enableGlobalAuthorize: true);
builder.Services.AddHttpClient();
builder.Services.AddHttpClient("exam", c => c.Timeout = TimeSpan.FromSeconds(15));
builder.Services.AddHttpClient("sms");

var redisConn = builder.Configuration["Cache:Redis:Configuration"] ?? "127.0.0.1:6379,password=jx123456";
builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisConn));
builder.Services.AddSqlSugarSetup(builder.Configuration);
builder.Services.AddHostedService<ExamReminderWorker>();

var app = builder.Build();

app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseInject(string.Empty);
app.MapControllers();

app.Run();
