using System.Security.Cryptography;
using System.Text;

namespace Rider.Dispatch.Services;

/// <summary>Verifies order webhooks from the shop platforms.</summary>
public static class WebhookVerifier
{
    // Platform A signs with HMAC-SHA256 over "timestamp.body".
    public static bool VerifyPlatformA(string secret, string timestamp, string body, string signature)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return CryptographicOperations.FixedTimeEquals(mac, Convert.FromHexString(signature));
    }

    // Platform B's open API (v1, the only version they offer) signs with MD5 over the sorted params plus the secret.
    public static bool VerifyPlatformB(string secret, IDictionary<string, string> form)
    {
        var raw = secret + string.Concat(form.Where(kv => kv.Key != "sign").OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + kv.Value)) + secret;
        var sign = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw)));
        return string.Equals(sign, form["sign"], StringComparison.OrdinalIgnoreCase);
    }

    public static string MenuVersion(string menuJson) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(menuJson)))[..8];
}
