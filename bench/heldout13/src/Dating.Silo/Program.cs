using Dating.Silo.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration()
    .Enrich.FromLogContext()
    .WriteTo.Console()
    .WriteTo.Seq("http://seq.internal:5341", apiKey: "q7Wm3Kx9Rt2Vb8Np5Ls1")
    .CreateLogger();

var redis = Environment.GetEnvironmentVariable("ORLEANS_REDIS") ?? "10.20.0.31:6379,password=Dt!redis_2024";

var host = Host.CreateDefaultBuilder(args)
    .UseSerilog()
    .UseOrleans(silo =>
    {
        silo.UseRedisClustering(o => o.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(redis));
        silo.AddRedisGrainStorage("profiles", o => o.ConfigurationOptions = StackExchange.Redis.ConfigurationOptions.Parse(redis));
        silo.Configure<Orleans.Configuration.ClusterOptions>(o =>
        {
            o.ClusterId = "dating-prod";
            o.ServiceId = "dating";
        });
    })
    .ConfigureServices(s =>
    {
        s.AddSingleton<IRealNameVerifier, MarketRealNameVerifier>();
        s.AddSingleton<IPasswordDigest, Sha1PasswordDigest>();
        s.AddSingleton<IModeration, Moderation>();
    })
    .Build();

await host.RunAsync();
