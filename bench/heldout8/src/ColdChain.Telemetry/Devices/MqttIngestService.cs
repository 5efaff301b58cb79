using System.Text.Json;
using ColdChain.Telemetry.Data;
using ColdChain.Telemetry.Logging;
using MQTTnet;

namespace ColdChain.Telemetry.Devices;

/// <summary>Subscribes to the broker the loggers publish to and stores every reading.</summary>
public sealed class MqttIngestService : BackgroundService
{
    private readonly ShipmentRepository _shipments;
    private readonly IConfiguration _config;
    private readonly ILogger<MqttIngestService> _log;

    public MqttIngestService(ShipmentRepository shipments, IConfiguration config, ILogger<MqttIngestService> log)
    {
        _shipments = shipments;
        _config = config;
        _log = log;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = new MqttClientFactory();
        using var client = factory.CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(_config["Mqtt:Host"] ?? "mqtt.coldchain.internal", 8883)
            .WithClientId("ingest-" + Environment.MachineName)
            .WithCredentials("ingest", "mq-Ingest_55Kp!v0")
            .WithTlsOptions(o => o.UseTls())
            .Build();

        client.ApplicationMessageReceivedAsync += async e =>
        {
            var payload = JsonSerializer.Deserialize<ReadingPayload>(e.ApplicationMessage.ConvertPayloadToString());
            if (payload is null)
            {
                return;
            }

            await _shipments.SaveReadingAsync(payload.Dev, payload.T, payload.H, payload.Lat, payload.Lon,
                DateTimeOffset.FromUnixTimeSeconds(payload.Ts).UtcDateTime, stoppingToken);
            Log.ReadingStored(_log, payload.Dev, payload.T);
        };

        await client.ConnectAsync(options, stoppingToken);
        await client.SubscribeAsync("reefer/+/reading", cancellationToken: stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }

    private sealed record ReadingPayload(string Dev, double T, double H, double Lat, double Lon, long Ts);
}
