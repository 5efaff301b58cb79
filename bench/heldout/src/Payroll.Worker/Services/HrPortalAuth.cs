using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Hrm.Payroll.Worker.Services;

/// <summary>
/// Password checks for the HR self-service portal accounts stored in hr_portal_user.
/// Three generations of hashes exist in the table.
/// </summary>
public sealed class HrPortalAuth
{
    private const int LegacyIterations = 5000;
    private readonly PasswordHasher<string> _identityHasher = new();

    // Generation 1 (2015): MD5 via CryptoServiceProvider
    public static string Gen1(string password)
    {
        using var provider = new MD5CryptoServiceProvider();
        return Convert.ToBase64String(provider.ComputeHash(Encoding.UTF8.GetBytes(password)));
    }

    // Generation 2 (2018): PBKDF2 with a short salt and default settings
    public static string Gen2(string password)
    {
        using var kdf = new Rfc2898DeriveBytes(password, 8);
        return Convert.ToBase64String(kdf.Salt) + ":" + Convert.ToBase64String(kdf.GetBytes(20));
    }

    public static byte[] Gen2b(string password, byte[] salt)
    {
        return Rfc2898DeriveBytes.Pbkdf2(password, salt, LegacyIterations, HashAlgorithmName.SHA1, 20);
    }

    public static byte[] Gen2c(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt, 100, HashAlgorithmName.SHA256);
        return kdf.GetBytes(32);
    }

    // Generation 3 (2022): ASP.NET Core Identity hasher (PBKDF2-HMAC-SHA512, 100k)
    public string Gen3(string userName, string password) => _identityHasher.HashPassword(userName, password);

    public bool Verify(string userName, string password, string stored, int generation)
    {
        return generation switch
        {
            1 => Gen1(password) == stored,
            2 => VerifyGen2(password, stored),
            _ => _identityHasher.VerifyHashedPassword(userName, stored, password) != PasswordVerificationResult.Failed,
        };
    }

    private static bool VerifyGen2(string password, string stored)
    {
        var parts = stored.Split(':');
        using var kdf = new Rfc2898DeriveBytes(password, Convert.FromBase64String(parts[0]));
        return Convert.ToBase64String(kdf.GetBytes(20)) == parts[1];
    }

    public static string HashPin(string pin)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(pin, salt, 310_000, HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(salt) + "." + Convert.ToBase64String(key);
    }

    public static string LegacyApiToken(string account, string password)
    {
        using var sha1 = new SHA1Managed();
        return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(account + ":" + password)));
    }

    public static byte[] HmacPassword(string password)
    {
        using var hmac = new HMACMD5(Encoding.UTF8.GetBytes("hrm"));
        return hmac.ComputeHash(Encoding.UTF8.GetBytes(password));
    }
}
