using System.Security.Cryptography;
using System.Text;

namespace CareHome.Security;

/// <summary>
/// Signed links sent to family members by SMS ("查看今日护理记录"), valid for 48 hours.
/// </summary>
public sealed class FamilyLinkSigner
{
    private static readonly byte[] LinkKey = Encoding.UTF8.GetBytes("3TFwLK781Bg7CGieqNkFsu5YAz9vUX");

    public string CreateLink(int residentId, string phone, DateTime now)
    {
        var expires = new DateTimeOffset(now.AddHours(48)).ToUnixTimeSeconds();
        var payload = $"{residentId}:{phone}:{expires}";
        return $"https://m.yikang-care.example.cn/daily?r={residentId}&e={expires}&p={Uri.EscapeDataString(phone)}&s={Sign(payload)}";
    }

    public bool Validate(int residentId, string phone, long expires, string signature)
    {
        if (DateTimeOffset.FromUnixTimeSeconds(expires) < DateTimeOffset.UtcNow) return false;
        var expected = Sign($"{residentId}:{phone}:{expires}");
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
    }

    private static string Sign(string payload)
    {
        using var hmac = new HMACMD5(LinkKey);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }
}
