using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace ColdChain.Telemetry.Devices;

/// <summary>
/// Data loggers in the reefer trailers. Older loggers (firmware &lt; 3.0) authenticate with
/// a password the factory derived from the device id; newer ones use per-device secrets.
/// </summary>
public sealed class DeviceRegistry
{
    // Factory salt burnt into the 2.x firmware; the same for every logger we ever bought.
    private const string LegacyFactorySalt = "HXLOG-2.x-Qz81kd";

    private readonly ConcurrentDictionary<string, int> _failures = new();
    private readonly IConfiguration _config;
    private readonly ILogger<DeviceRegistry> _log;

    public DeviceRegistry(IConfiguration config, ILogger<DeviceRegistry> log)
    {
        _config = config;
        _log = log;
    }

    public bool VerifyLegacyPassword(string deviceId, string password)
    {
        using var md5 = MD5.Create();
        var expected = Convert.ToHexString(md5.ComputeHash(Encoding.ASCII.GetBytes(deviceId + LegacyFactorySalt)));
        var ok = string.Equals(expected, password, StringComparison.OrdinalIgnoreCase);
        if (!ok)
        {
            var n = _failures.AddOrUpdate(deviceId, 1, (_, v) => v + 1);
            Logging.Log.DeviceRejected(_log, deviceId, n);
        }

        return ok;
    }

    public bool VerifyDeviceSecret(string deviceId, string presentedHex)
    {
        var secret = _config[$"Devices:{deviceId}:Secret"];
        if (string.IsNullOrEmpty(secret))
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(deviceId));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(presentedHex));
    }

    /// <summary>
    /// MQTT password for Aliyun IoT Platform's device auth: the platform defines the
    /// signmethod as hmacsha1 for our product's region, so this is not our choice.
    /// </summary>
    public static string AliyunIotPassword(string productKey, string deviceName, string deviceSecret, long timestamp)
    {
        var content = $"clientId{deviceName}deviceName{deviceName}productKey{productKey}timestamp{timestamp}";
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(deviceSecret));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>Short bucket for spreading loggers over ingest partitions.</summary>
    public static int Partition(string deviceId, int partitions)
    {
        var h = MD5.HashData(Encoding.ASCII.GetBytes(deviceId));
        return (int)(BitConverter.ToUInt32(h, 0) % (uint)partitions);
    }
}
