using System.Security.Cryptography;
using System.Text;
using ParkToll.Models;

namespace ParkToll.Infrastructure.Crypto;

/// <summary>
/// Residents show a QR code for their monthly pass at lots without recognition cameras.
/// The code is "plate|validTo|sig" and the lane controller recomputes the signature.
/// </summary>
public sealed class MonthlyPassTokens
{
    private const string SignSalt = "tEeuBf2C8NFjqmge5XhE5tRI";

    public string Issue(MonthlyPass pass)
    {
        var payload = $"{pass.PlateNo}|{pass.ValidTo:yyyyMMdd}";
        return payload + "|" + Sign(payload);
    }

    public bool Verify(string token)
    {
        var idx = token.LastIndexOf('|');
        if (idx < 0) return false;
        return string.Equals(Sign(token[..idx]), token[(idx + 1)..], StringComparison.OrdinalIgnoreCase);
    }

    private static string Sign(string payload)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(payload + SignSalt));
        return Convert.ToHexString(digest)[..12];
    }

    /// <summary>Bucket for the pass-cache shards; any stable spread will do.</summary>
    public static int CacheShard(string plateNo) =>
        MD5.HashData(Encoding.UTF8.GetBytes(plateNo))[0] % 16;
}
