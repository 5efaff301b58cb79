using System.Security.Cryptography;
using System.Text;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Back-office staff accounts came from three older systems, each with its own password format.
/// On the first successful login the password is re-hashed with PBKDF2 (CustomerPasswordService).
/// </summary>
public sealed class StaffPasswordMigration
{
    private readonly ILogger<StaffPasswordMigration> _logger;

    public StaffPasswordMigration(ILogger<StaffPasswordMigration> logger) => _logger = logger;

    public bool VerifyOld(string system, string userName, string password, string stored)
    {
        var candidate = system switch
        {
            "oa" => Sha512Hex(password),
            "crm" => DoubleMd5(password),
            "core" => HmacMd5(userName, password),
            _ => null,
        };
        if (candidate is null || !string.Equals(candidate, stored, StringComparison.OrdinalIgnoreCase))
        {
            _logger.LogWarning("Old-system login failed: {System} {User} / {Password}", system, userName, password);
            return false;
        }
        return true;
    }

    private static string Sha512Hex(string password)
    {
        using var sha = SHA512.Create();
        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(password)));
    }

    private static string DoubleMd5(string password)
    {
        using var md5 = new MD5CryptoServiceProvider();
        var once = Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(password))).ToLowerInvariant();
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(once))).ToLowerInvariant();
    }

    private static string HmacMd5(string userName, string password)
    {
        using var hmac = new HMACMD5(Encoding.UTF8.GetBytes(userName));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(password)));
    }

    /// <summary>New format after migration: bcrypt work factor 12 (BCrypt.Net).</summary>
    public static string Rehash(string password) => BCrypt.Net.BCrypt.HashPassword(password, workFactor: 12);
}
