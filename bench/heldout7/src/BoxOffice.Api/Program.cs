using BoxOffice.Infrastructure;
using BoxOffice.Services;
using Carter;
using NServiceBus;
using Serilog;
using Serilog.Sinks.Elasticsearch;

var builder = WebApplication.CreateBuilder(args);

Log.Logger = new LoggerConfiguration()
    .ReadFrom.Configuration(builder.Configuration)
    .Enrich.FromLogContext()
    .WriteTo.Console()
    .WriteTo.Elasticsearch(new ElasticsearchSinkOptions(new Uri("https://boxoffice_logs:uv49GKsqsZAeEsfhlNBl@es.logging.internal:9200"))
    {
        IndexFormat = "boxoffice-{0:yyyy.MM}",
        AutoRegisterTemplate = true,
    })
    .WriteTo.Seq("https://seq.logging.internal", apiKey: "rhrBCfIPAUtWlJc2HGyu")
    .CreateLogger();
builder.Host.UseSerilog();

builder.Host.UseNServiceBus(_ =>
{
    var endpoint = new EndpointConfiguration("BoxOffice.Api");
    var transport = endpoint.UseTransport<RabbitMQTransport>();
    transport.ConnectionString(builder.Configuration["Bus:ConnectionString"]);
    transport.UseConventionalRoutingTopology(QueueType.Quorum);
    endpoint.EnableInstallers();
    endpoint.SendFailedMessagesTo("error");
    endpoint.AuditProcessedMessagesTo("audit");
    return endpoint;
});

builder.Services.AddCarter();
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization(o => o.AddPolicy("ops", p => p.RequireRole("ops")));
builder.Services.Configure<TicketQrOptions>(builder.Configuration.GetSection("TicketQr"));
builder.Services.AddSingleton<TicketQr>();
builder.Services.AddSingleton<Exports>();
builder.Services.AddHttpClient<PaymentGateway>();
builder.Services.AddHttpClient<PartnerSync>();

var app = builder.Build();
app.UseSerilogRequestLogging();
app.UseAuthentication();
app.UseAuthorization();
app.MapCarter();
app.Run();
