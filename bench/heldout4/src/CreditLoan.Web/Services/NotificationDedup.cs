using System.Security.Cryptography;
using System.Text;

namespace CreditLoan.Web.Services;

/// <summary>
/// Keeps the reminder job and the marketing pushes from texting the same person twice within a
/// window, and assigns A/B variants of the reminder wording.
/// </summary>
public sealed class NotificationDedup
{
    private readonly Dictionary<string, DateTime> _lastSent = new();

    public bool ShouldSend(string mobile, string templateCode, DateTime now, TimeSpan window)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(mobile + "|" + templateCode)));
        if (_lastSent.TryGetValue(key, out var last) && now - last < window)
            return false;
        _lastSent[key] = now;
        return true;
    }

    /// <summary>A/B variant of the reminder text: stable per application.</summary>
    public static char Variant(string applicationNo) =>
        (MD5.HashData(Encoding.ASCII.GetBytes(applicationNo))[0] & 1) == 0 ? 'A' : 'B';

    /// <summary>Webhook from the marketing platform, signed with HMAC-SHA512.</summary>
    public static bool VerifyMarketingWebhook(byte[] body, string signatureHex, byte[] sharedKey) =>
        CryptographicOperations.FixedTimeEquals(HMACSHA512.HashData(sharedKey, body), Convert.FromHexString(signatureHex));

    public void Purge(DateTime now, TimeSpan window)
    {
        foreach (var key in _lastSent.Where(kv => now - kv.Value > window).Select(kv => kv.Key).ToList())
            _lastSent.Remove(key);
    }
}
