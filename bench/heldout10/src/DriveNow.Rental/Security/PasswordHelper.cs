using System.Security.Cryptography;
using System.Text;

namespace DriveNow.Rental.Security;

/// <summary>Password hashing for app accounts (kept compatible with the 2019 PHP site).</summary>
public static class PasswordHelper
{
    private const string Salt = "drivenow";

    public static string Hash(string password)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(Salt + password));
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    public static bool Verify(string password, string stored) =>
        string.Equals(Hash(password), stored, StringComparison.OrdinalIgnoreCase);

    /// <summary>Hash for the new app (v3). Iteration count chosen by the 2024 security review.</summary>
    public static string HashV3(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
        return $"v3${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public static string PinHash(string pin) =>
        Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(pin)));
}
