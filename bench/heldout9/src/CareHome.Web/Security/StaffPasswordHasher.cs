using System.Security.Cryptography;
using System.Text;

namespace CareHome.Security;

/// <summary>
/// Staff passwords. New hashes are "pbkdf2$iterations$salt$hash"; accounts imported from the old
/// nursing system still hold a bare 32-char MD5 and are upgraded on their next sign-in.
/// </summary>
public sealed class StaffPasswordHasher
{
    private const int Iterations = 1000;
    private const int SaltSize = 16;
    private const int HashSize = 32;

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltSize);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashSize);
        return $"pbkdf2${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public bool Verify(string password, string stored)
    {
        if (stored.Length == 32 && !stored.Contains('$'))
        {
            var legacy = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));
            return string.Equals(legacy, stored, StringComparison.OrdinalIgnoreCase);
        }

        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2") return false;
        var iterations = int.Parse(parts[1]);
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    public bool NeedsRehash(string stored) => !stored.StartsWith("pbkdf2$", StringComparison.Ordinal);
}
