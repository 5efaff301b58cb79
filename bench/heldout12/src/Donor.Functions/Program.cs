using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Donor.Functions.Security;
using Donor.Functions.Services;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();

var storage = Environment.GetEnvironmentVariable("DonorStorage")
    ?? "DefaultEndpointsProtocol=https;AccountName=stdonorprod01;AccountKey=Qm9vZ3VzS2V5Rm9yQ29ycHVzT25seS1ub3QtcmVhbC1hYmNkZWYxMjM0NTY3ODkwQUJDREVGR0g9PQ==;EndpointSuffix=core.chinacloudapi.cn";
builder.Services.AddSingleton(new TableServiceClient(storage));
builder.Services.AddSingleton(new BlobServiceClient(storage));
builder.Services.AddSingleton<DonorStore>();
builder.Services.AddSingleton<SmsSender>();
builder.Services.AddSingleton<StaffAuth>();
builder.Services.AddSingleton<DonorCardSigner>();
builder.Services.AddSingleton<CdcReporter>();
builder.Services.AddSingleton<EligibilityRules>();

builder.Build().Run();
