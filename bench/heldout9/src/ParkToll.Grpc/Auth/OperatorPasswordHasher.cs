using System.Security.Cryptography;
using System.Text;

namespace ParkToll.Auth;

/// <summary>
/// Same scheme as the old booth software (Delphi), so that migrated accounts keep working:
/// hex(SHA1(salt + password)).
/// </summary>
public sealed class OperatorPasswordHasher
{
    public string Hash(string password, string salt)
    {
        using var sha1 = SHA1.Create();
        var bytes = sha1.ComputeHash(Encoding.UTF8.GetBytes(salt + password));
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }

    public bool Verify(string password, string salt, string expected)
    {
        var actual = Hash(password, salt);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(actual), Encoding.ASCII.GetBytes(expected));
    }

    public static string NewSalt() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
}
