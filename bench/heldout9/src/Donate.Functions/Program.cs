using Donate.Consumers;
using Donate.Data;
using Donate.Json;
using Donate.Services;
using MassTransit;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var host = new HostBuilder()
    .ConfigureFunctionsWebApplication()
    .ConfigureServices((ctx, services) =>
    {
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new CentsAsYuanConverter());
            o.SerializerOptions.Converters.Add(new DonorMaskingConverter());
        });

        services.AddSingleton<DonationRepository>();
        services.AddSingleton<AlipayGateway>();
        services.AddSingleton<ReceiptNumberGenerator>();
        services.AddSingleton<DonorTokenService>();
        services.AddSingleton<CosReceiptStore>();
        services.AddSingleton<BeneficiaryCardCipher>();
        services.AddHttpClient<MiniProgramAuth>();

        services.AddMassTransit(x =>
        {
            x.AddConsumer<DonationPaidConsumer>();
            x.AddConsumer<BeneficiaryVerifiedConsumer>();
            x.AddConsumer<ProjectFundedConsumer>();
            x.AddConsumer<ThankYouConsumer>();
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.Host(new Uri(ctx.Configuration["RabbitMq__Host"] ?? "rabbitmq://localhost/"), h =>
                {
                    h.Username("donate");
                    h.Password("KvOjqYzPrjsVVufuoUDGnwE7");
                });
                cfg.ConfigureEndpoints(context);
            });
        });
    })
    .Build();

host.Run();
