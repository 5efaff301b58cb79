using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Security;

public interface IPasswordHasher
{
    string Hash(string password);
    bool Verify(string password, string stored);
}

/// <summary>
/// Current password hasher: PBKDF2-SHA256, 600k iterations, per-user salt.
/// </summary>
public sealed class Pbkdf2PasswordHasher : IPasswordHasher
{
    private const int Iterations = 600_000;
    private const int SaltSize = 16;
    private const int KeySize = 32;

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, KeySize);
        return $"v2.{Iterations}.{Convert.ToBase64String(salt)}.{Convert.ToBase64String(key)}";
    }

    public bool Verify(string password, string stored)
    {
        if (stored.StartsWith("v1.", StringComparison.Ordinal))
        {
            return LegacyPasswordHasher.Verify(password, stored[3..]);
        }
        var parts = stored.Split('.');
        var iterations = int.Parse(parts[1]);
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}

/// <summary>
/// Hashes produced by the 2016 system (v1). Kept so old accounts can still log in.
/// </summary>
public static class LegacyPasswordHasher
{
    public static string Hash(string password)
    {
        using var sha1 = SHA1.Create();
        var bytes = sha1.ComputeHash(Encoding.UTF8.GetBytes(password));
        return Convert.ToBase64String(bytes);
    }

    public static bool Verify(string password, string storedHash)
    {
        return Hash(password) == storedHash;
    }

    /// <summary>PBKDF2 as configured by the old HR portal.</summary>
    public static byte[] DeriveHrPortalKey(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt, 1000);
        return kdf.GetBytes(32);
    }
}
