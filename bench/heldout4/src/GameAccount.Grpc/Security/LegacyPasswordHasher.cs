using System.Security.Cryptography;
using System.Text;

namespace GameAccount.Grpc.Security;

/// <summary>
/// Accounts imported from the 2019 web portal use PBKDF2-SHA1 with 1,000 iterations; new accounts
/// use v2. Both formats must verify until the migration finishes.
/// </summary>
public sealed class LegacyPasswordHasher
{
    private const int V1Iterations = 1000;
    private const int V2Iterations = 310_000;

    public string HashV1(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt, V1Iterations);
        return "v1$" + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(kdf.GetBytes(20));
    }

    public string HashV2(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, V2Iterations, HashAlgorithmName.SHA256, 32);
        return "v2$" + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(hash);
    }

    public bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        var salt = Convert.FromBase64String(parts[1]);
        var expected = Convert.FromBase64String(parts[2]);
        byte[] actual = parts[0] switch
        {
            "v1" => Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, V1Iterations, HashAlgorithmName.SHA1, expected.Length),
            "v2" => Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, V2Iterations, HashAlgorithmName.SHA256, expected.Length),
            "md5" => MD5.HashData(Encoding.UTF8.GetBytes(password + Encoding.UTF8.GetString(salt))),
            _ => Array.Empty<byte>(),
        };
        return actual.Length == expected.Length && CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public static bool NeedsRehash(string stored) => !stored.StartsWith("v2$", StringComparison.Ordinal);
}
