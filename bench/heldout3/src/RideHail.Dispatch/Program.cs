using MassTransit;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Trace;
using RideHail.Dispatch.Consumers;
using RideHail.Dispatch.Maps;
using RideHail.Dispatch.Options;
using RideHail.Dispatch.Security;

var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .UseOrleans(silo =>
    {
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = "MySql.Data.MySqlClient";
            o.ConnectionString = "Server=mysql-orleans;Port=3306;Database=orleans;Uid=orleans;Pwd=0rl3ans!Dsp;";
        });
        silo.AddMemoryGrainStorage("driver-state");
    })
    .ConfigureServices((ctx, services) =>
    {
        services.AddOptions<AmapOptions>()
            .Bind(ctx.Configuration.GetSection(AmapOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DispatchOptions>, DispatchOptionsValidator>();
        services.AddOptions<DispatchOptions>().Bind(ctx.Configuration.GetSection("Dispatch"));

        services.AddHttpClient<AmapClient>(c => c.BaseAddress = new Uri("https://restapi.amap.com/"));
        services.AddSingleton<DriverTokenService>();
        services.AddSingleton<PlateCipher>();

        services.AddMassTransit(x =>
        {
            x.AddConsumer<TripRequestedConsumer>();
            x.AddConsumer<DriverDocumentsSubmittedConsumer>();
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host("rabbitmq.dispatch.svc", "/ride", h =>
                {
                    h.Username("dispatch");
                    h.Password("Rb!disp2024#mq");
                });
                cfg.ConfigureEndpoints(context);
            });
        });

        services.AddOpenTelemetry().WithTracing(t => t
            .AddSource("RideHail.Dispatch")
            .AddOtlpExporter(o =>
            {
                o.Endpoint = new Uri("https://otlp.grafana-cloud.example.com");
                o.Headers = "Authorization=Basic " + ctx.Configuration["Otel:Token"];
            }));
    })
    .Build();

host.Run();
