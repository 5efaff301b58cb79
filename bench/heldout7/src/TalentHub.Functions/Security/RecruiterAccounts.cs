using System.Security.Cryptography;
using System.Text;

namespace TalentHub.Security;

/// <summary>
/// Login for recruiters of tenants that are not on SSO yet. Accounts were imported from the
/// old PHP portal, which stored sha1(salt + password); new accounts use PBKDF2.
/// </summary>
public sealed class RecruiterAccounts
{
    private const int Iterations = 10000;

    public static string HashNew(string password, out string salt)
    {
        var saltBytes = RandomNumberGenerator.GetBytes(16);
        salt = Convert.ToBase64String(saltBytes);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, saltBytes, Iterations, HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(key);
    }

    public static string HashLegacy(string salt, string password)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(salt + password))).ToLowerInvariant();
    }

    public bool Verify(RecruiterLogin account, string password)
    {
        if (account.Scheme == "legacy-sha1")
        {
            return HashLegacy(account.Salt, password) == account.PasswordHash;
        }
        var expected = Convert.FromBase64String(account.PasswordHash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(account.Salt), Iterations, HashAlgorithmName.SHA256, 32);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}

public sealed record RecruiterLogin(string Email, string Scheme, string Salt, string PasswordHash);
