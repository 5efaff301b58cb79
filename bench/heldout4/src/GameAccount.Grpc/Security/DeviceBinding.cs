using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace GameAccount.Grpc.Security;

/// <summary>
/// Trusted devices: a player who logged in on a device once gets a binding token so the next
/// login from it skips the SMS check.
/// </summary>
public sealed class DeviceBinding
{
    private static readonly ActivitySource Source = new("GameAccount.Devices");
    private readonly byte[] _serverSecret;
    private readonly ILogger<DeviceBinding> _logger;

    public DeviceBinding(IConfiguration config, ILogger<DeviceBinding> logger)
    {
        _serverSecret = Encoding.UTF8.GetBytes(config["Devices:BindingSecret"]!);
        _logger = logger;
    }

    public string Issue(long accountId, string deviceId, string mobile)
    {
        using var act = Source.StartActivity("device.bind");
        act?.SetTag("account.id", accountId);
        act?.SetTag("account.mobile", mobile);
        using var hmac = new HMACMD5(_serverSecret);
        var mac = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{accountId}:{deviceId}"));
        return Convert.ToBase64String(mac);
    }

    /// <summary>Session ids of the old TCP gateway.</summary>
    public static string LegacySessionId(long accountId, DateTime loginAt)
    {
        using var sha1 = new SHA1Managed();
        return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes($"{accountId}{loginAt.Ticks}")));
    }

    /// <summary>Key pair the anti-cheat module uses to sign its reports.</summary>
    public static RSACryptoServiceProvider AntiCheatKey() => new RSACryptoServiceProvider(1024);

    public static RSA ReportKeyV2() => RSA.Create(3072);

    public static bool SameDevice(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));
}
