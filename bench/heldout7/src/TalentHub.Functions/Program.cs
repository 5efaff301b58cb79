using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentHub.Data;
using TalentHub.Security;
using TalentHub.Services;

var host = new HostBuilder()
    .ConfigureFunctionsWorkerDefaults()
    .ConfigureServices(services =>
    {
        services.AddApplicationInsightsTelemetryWorkerService();
        services.AddMemoryCache();
        services.AddHttpClient("webhooks", c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton(_ => MongoSetup.Connect());
        services.AddSingleton<ICandidateRepository, MongoCandidateRepository>();
        services.AddSingleton<SecretsProvider>();
        services.AddSingleton<MailSender>();
        services.AddSingleton(_ => new BlobServiceClient(Environment.GetEnvironmentVariable("ResumeStorage")));
    })
    .Build();

host.Run();
