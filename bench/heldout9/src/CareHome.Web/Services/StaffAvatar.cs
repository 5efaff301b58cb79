using System.Security.Cryptography;
using System.Text;

namespace CareHome.Services;

public static class StaffAvatar
{
    /// <summary>Cravatar (Gravatar mirror) expects the MD5 of the lower-cased e-mail.</summary>
    public static string Url(string email) =>
        "https://cravatar.cn/avatar/" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()))).ToLowerInvariant() + "?d=mp";
}

public static class ReportETag
{
    /// <summary>Strong ETag for the downloaded monthly report.</summary>
    public static string For(byte[] content) => "\"" + Convert.ToBase64String(SHA256.HashData(content)) + "\"";
}

public static class WebhookSignature
{
    /// <summary>The smart-mattress vendor signs fall/bed-exit webhooks with HMAC-SHA256.</summary>
    public static bool Verify(string secret, string body, string header)
    {
        var expected = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(header.ToUpperInvariant()));
    }
}

public static class FamilyPasswords
{
    private const int Iterations = 600_000;

    /// <summary>Family portal passwords (the mini-program also allows a password sign-in).</summary>
    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(salt) + ":" + Convert.ToBase64String(hash);
    }
}
