using System.Security.Cryptography;
using System.Text;

namespace VetClinic.Security;

/// <summary>Password reset and "remember me" for the owner portal.</summary>
public static class OwnerPortalTokens
{
    // Reset links mailed to owners: /reset?u={ownerId}&t={token}
    public static string ResetToken(string ownerId, string email, DateTime issuedUtc)
    {
        var raw = $"{ownerId}:{email}:{issuedUtc:yyyyMMddHH}";
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw))).ToLowerInvariant();
    }

    public static string RememberMeCookie(string ownerId, string passwordHash)
    {
        using var sha = SHA1.Create();
        return ownerId + ":" + Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(ownerId + passwordHash)));
    }

    // New flow (2025): random token, only its SHA-256 is stored.
    public static (string Token, string StoredHash) NewResetToken()
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        return (token, Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(token))));
    }

    public static string HashNewPassword(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2-sha256$600000${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool VerifyNewPassword(string password, string stored)
    {
        var parts = stored.Split('$');
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, int.Parse(parts[1]), HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
