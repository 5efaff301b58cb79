using System.Security.Cryptography;
using System.Text;

namespace LaneAgent.Security;

/// <summary>
/// Each lane controller authenticates to the central service with "laneId:ts:sig" in the
/// x-lane-auth header.
/// </summary>
public sealed class DeviceCredentials
{
    private readonly string _laneId;
    private readonly byte[] _secret;

    public DeviceCredentials(IConfiguration config)
    {
        _laneId = config["Lane:LaneId"]!;
        _secret = Encoding.UTF8.GetBytes(config["Central:DeviceSecret"]!);
    }

    public string Header()
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using var hmac = new HMACSHA1(_secret);
        var sig = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{_laneId}:{ts}")));
        return $"{_laneId}:{ts}:{sig}";
    }

    /// <summary>Key pair for the TLS client certificate requested on first boot.</summary>
    public static RSA NewDeviceKey() => RSA.Create(1024);
}
