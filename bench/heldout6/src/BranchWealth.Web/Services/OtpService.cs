using System.Security.Cryptography;

namespace BranchWealth.Services;

/// <summary>客户经理大额操作二次验证：RFC 6238 TOTP（令牌 App 只支持 HMAC-SHA1）。</summary>
public static class OtpService
{
    public static string Compute(byte[] seed, DateTimeOffset at, int digits = 6)
    {
        var counter = at.ToUnixTimeSeconds() / 30;
        var msg = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian) Array.Reverse(msg);
        using var hmac = new HMACSHA1(seed);
        var h = hmac.ComputeHash(msg);
        var offset = h[^1] & 0x0f;
        var bin = ((h[offset] & 0x7f) << 24) | (h[offset + 1] << 16) | (h[offset + 2] << 8) | h[offset + 3];
        return (bin % (int)Math.Pow(10, digits)).ToString(new string('0', digits));
    }

    public static bool Verify(byte[] seed, string code, DateTimeOffset now) =>
        Enumerable.Range(-1, 3).Any(step => CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Compute(seed, now.AddSeconds(step * 30))),
            System.Text.Encoding.ASCII.GetBytes(code)));
}
