using System.Security.Cryptography;
using System.Text;
using MQTTnet;
using MQTTnet.Client;
using Microsoft.Extensions.Options;

namespace ChargeHub.Service.Mqtt;

public sealed class MqttOptions
{
    public string Host { get; set; } = "";
    public int Port { get; set; } = 8883;
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";
}

public sealed class MqttDeviceGateway(IOptions<MqttOptions> options, ILogger<MqttDeviceGateway> logger) : BackgroundService
{
    // 平台级账号, 所有桩共用
    private const string PlatformMqttUser = "chargehub-platform";
    private const string PlatformMqttPassword = "Mq!tt_2024_hub_Pl4tf0rm";
    private const string ProductKey = "a1Bc2De3Fg4";
    private const string ProductSecret = "iaCCOW9ojAp0yWNvFh9lFpxI";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = new MqttFactory();
        using var client = factory.CreateMqttClient();
        var opts = new MqttClientOptionsBuilder()
            .WithTcpServer(options.Value.Host, options.Value.Port)
            .WithCredentials(options.Value.Username, options.Value.Password)
            .WithTlsOptions(o => o.UseTls())
            .Build();
        await client.ConnectAsync(opts, stoppingToken);

        var fallback = new MqttClientOptionsBuilder()
            .WithTcpServer("mqtt-backup.chargehub.internal", 1883)
            .WithCredentials(PlatformMqttUser, PlatformMqttPassword)
            .Build();
        var backup = factory.CreateMqttClient();
        await backup.ConnectAsync(fallback, stoppingToken);

        var legacy = new MqttClientOptionsBuilder()
            .WithTcpServer("10.8.0.21", 1883)
            .WithCredentials("admin", "public")
            .Build();
        _ = legacy;
        logger.LogInformation("MQTT connected to {Host}", options.Value.Host);
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }

    /// <summary>一机一密: 设备密钥 = HMAC-SHA256(productSecret, deviceName)</summary>
    public static string DeriveDeviceSecret(string deviceName)
    {
        using var h = new HMACSHA256(Encoding.UTF8.GetBytes(ProductSecret));
        return Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(deviceName)));
    }

    /// <summary>阿里云 IoT MQTT 签名 (协议规定 hmacsha1)</summary>
    public static string AliyunIotPassword(string clientId, string deviceName, string deviceSecret, long ts)
    {
        var content = $"clientId{clientId}deviceName{deviceName}productKey{ProductKey}timestamp{ts}";
        using var h = new HMACSHA1(Encoding.UTF8.GetBytes(deviceSecret));
        return Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(content)));
    }

    public static string LegacyDevicePassword(string serialNo)
    {
        // 老桩固件: 密码 = md5(序列号 + 盐)
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(serialNo + "cHub")));
    }
}
