using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MQTTnet;
using Water.Billing.Data;

namespace Water.Billing.Workers;

/// <summary>NB-IoT / LoRa smart meters publish daily readings to the broker: meters/{meterNo}/reading.</summary>
public class MqttIngestWorker : BackgroundService
{
    private const string BrokerUser = "billing-ingest";
    private const string BrokerPassword = "Mq#Bj2024!ingest";
    private static readonly byte[] MeterSharedKey = Encoding.ASCII.GetBytes("BJSW-METER-2019");

    private readonly IServiceScopeFactory _scopes;
    private readonly IConfiguration _cfg;
    private readonly ILogger<MqttIngestWorker> _logger;

    public MqttIngestWorker(IServiceScopeFactory scopes, IConfiguration cfg, ILogger<MqttIngestWorker> logger)
    {
        _scopes = scopes;
        _cfg = cfg;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(_cfg["Mqtt:Host"] ?? "mqtt.bjsw.local", 1883)
            .WithCredentials(BrokerUser, BrokerPassword)
            .WithClientId("billing-ingest-" + Environment.MachineName)
            .Build();
        client.ApplicationMessageReceivedAsync += async e =>
        {
            var topic = e.ApplicationMessage.Topic;
            var payload = Encoding.UTF8.GetString(e.ApplicationMessage.Payload.ToArray());
            var msg = JsonSerializer.Deserialize<MeterMessage>(payload);
            if (msg == null || !Verify(msg))
            {
                _logger.LogWarning("dropped meter message on {Topic}", topic);
                return;
            }
            using var scope = _scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
            db.Readings.Add(new Reading { MeterNo = msg.MeterNo, Value = msg.Value, ReadAt = DateTimeOffset.FromUnixTimeSeconds(msg.Ts).UtcDateTime });
            await db.SaveChangesAsync(stoppingToken);
        };
        await client.ConnectAsync(options, stoppingToken);
        await client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter("meters/+/reading").Build(), stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }

    /// <summary>Meter firmware v2 signs "meterNo|value|ts" with MD5(key + text); the firmware cannot be updated remotely.</summary>
    private static bool Verify(MeterMessage m)
    {
        var text = $"{m.MeterNo}|{m.Value:0.000}|{m.Ts}";
        var expected = Convert.ToHexString(MD5.HashData(MeterSharedKey.Concat(Encoding.ASCII.GetBytes(text)).ToArray()));
        return string.Equals(expected, m.Sig, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record MeterMessage(string MeterNo, decimal Value, long Ts, string Sig);
}
