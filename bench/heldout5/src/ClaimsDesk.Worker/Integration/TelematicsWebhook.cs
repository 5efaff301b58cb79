using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using log4net;

namespace ClaimsDesk.Worker.Integration;

/// <summary>
/// Crash alerts from the usage-based-insurance telematics partners (OBD dongles). Each partner signs
/// differently; the keys were exchanged by e-mail when the partner was onboarded.
/// </summary>
public sealed class TelematicsWebhook
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(TelematicsWebhook));

    private static readonly Dictionary<string, string> PartnerKeys = new()
    {
        ["carlink"] = "7Hq2Wm9Xp4Lr8Tz3Vb6Nc1Kd5Fs0Gy2J",
        ["obdstar"] = "Pz4Rk8Mv2Qw6Ty9Lb3Xn7Hc1Jd5Fg0Sa",
    };

    public bool Verify(string partner, string body, string signature)
    {
        if (!PartnerKeys.TryGetValue(partner, out var key))
        {
            return false;
        }

        string expected;
        if (partner == "carlink")
        {
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(key));
            expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
        }
        else
        {
            expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(key + body + key)));
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToUpperInvariant()));
    }

    public CrashAlert Parse(string body)
    {
        var alert = JsonSerializer.Deserialize<CrashAlert>(body)!;
        Log.Info($"Crash alert {alert.AlertId}: g-force {alert.PeakG:F1}");
        Log.Info($"Crash alert {alert.AlertId} driver {alert.DriverPhone} at {alert.Latitude:F5},{alert.Longitude:F5}");
        return alert;
    }

    /// <summary>Pseudonymous driver id for the pricing data lake.</summary>
    public static string DriverPseudonym(string driverPhone) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(driverPhone)));
}

public sealed record CrashAlert(string AlertId, string Plate, string DriverPhone, double Latitude, double Longitude, double PeakG, DateTimeOffset At);
