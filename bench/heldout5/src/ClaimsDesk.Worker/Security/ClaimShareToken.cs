using System.Security.Cryptography;
using System.Text;

namespace ClaimsDesk.Worker.Security;

/// <summary>
/// Repair shops get a link to upload invoices for a claim without an account. The token is
/// HMAC-SHA256 over claim number and expiry; links from before 2023 used SHA-1 and are still accepted.
/// </summary>
public static class ClaimShareToken
{
    public static string Create(string claimNo, DateTimeOffset expires, byte[] key)
    {
        using var hmac = new HMACSHA256(key);
        var mac = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{claimNo}:{expires.ToUnixTimeSeconds()}"));
        return $"{expires.ToUnixTimeSeconds()}.{Convert.ToHexString(mac)}";
    }

    public static bool Check(string claimNo, string token, byte[] key, string legacySecret)
    {
        var parts = token.Split('.');
        if (parts.Length != 2 || !long.TryParse(parts[0], out var exp) || DateTimeOffset.FromUnixTimeSeconds(exp) < DateTimeOffset.UtcNow)
        {
            return false;
        }

        if (parts[1].Length == 40)
        {
            var legacy = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(claimNo + exp + legacySecret)));
            return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(legacy), Encoding.ASCII.GetBytes(parts[1].ToUpperInvariant()));
        }

        var expected = Create(claimNo, DateTimeOffset.FromUnixTimeSeconds(exp), key).Split('.')[1];
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parts[1].ToUpperInvariant()));
    }
}
