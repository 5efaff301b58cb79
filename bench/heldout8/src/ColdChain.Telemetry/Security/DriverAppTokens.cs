using System.Security.Cryptography;
using System.Text;

namespace ColdChain.Telemetry.Security;

/// <summary>
/// Tokens for the driver app (written before the app moved to JWT; still used for POD photo
/// download links and the offline handheld sync).
/// </summary>
public static class DriverAppTokens
{
    private const string LinkSalt = "cc-pod-link-2020";

    /// <summary>Signed download link for a POD photo, valid for a day.</summary>
    public static string SignLink(string blob, long expiresUnix)
    {
        var sig = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(blob + expiresUnix + LinkSalt)));
        return $"/pod/{blob}?e={expiresUnix}&s={sig}";
    }

    public static bool VerifyLink(string blob, long expiresUnix, string sig) =>
        expiresUnix > DateTimeOffset.UtcNow.ToUnixTimeSeconds()
        && string.Equals(SignLink(blob, expiresUnix).Split("&s=")[1], sig, StringComparison.OrdinalIgnoreCase);

    /// <summary>Offline sync token of the handhelds: driver id and day, HMAC-SHA1 under the depot key.</summary>
    public static string HandheldToken(int driverId, DateOnly day, byte[] depotKey)
    {
        using var hmac = new HMACSHA1(depotKey);
        var mac = hmac.ComputeHash(Encoding.ASCII.GetBytes($"{driverId}:{day:yyyyMMdd}"));
        return $"{driverId}.{day:yyyyMMdd}.{Convert.ToBase64String(mac)}";
    }

    /// <summary>New links (since 2.12): HMAC-SHA256 with the key from configuration.</summary>
    public static string SignLinkV2(string blob, long expiresUnix, byte[] key)
    {
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{blob}|{expiresUnix}"));
        return $"/pod/{blob}?e={expiresUnix}&v=2&s={Convert.ToHexString(mac)}";
    }

    /// <summary>RFC 6238 one-time codes for the dispatcher console's second factor.</summary>
    public static string Totp(byte[] secret, long unixSeconds)
    {
        var counter = BitConverter.GetBytes(unixSeconds / 30);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        using var hmac = new HMACSHA1(secret);
        var h = hmac.ComputeHash(counter);
        var offset = h[^1] & 0x0F;
        var code = ((h[offset] & 0x7F) << 24 | h[offset + 1] << 16 | h[offset + 2] << 8 | h[offset + 3]) % 1_000_000;
        return code.ToString("D6");
    }
}
