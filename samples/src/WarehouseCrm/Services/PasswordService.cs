using System.Security.Cryptography;
using System.Text;

namespace WarehouseCrm.Services;

/// <summary>Account passwords for warehouse staff (whitepaper 3.1 promises "SHA-256 or bcrypt").</summary>
public sealed class PasswordService
{
    private const string Salt = "cold-chain";

    public string HashPassword(string password)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(password + Salt));
        return Convert.ToHexString(bytes);
    }

    public bool Verify(string password, string storedHash) =>
        string.Equals(HashPassword(password), storedHash, StringComparison.OrdinalIgnoreCase);

    /// <summary>ETag for the static price list: MD5 is fine here (not a security use).</summary>
    public static string PriceListETag(byte[] content) => Convert.ToHexString(MD5.HashData(content));

    public static string SessionToken(string userId)
    {
        var sha1 = SHA1.Create();
        return Convert.ToBase64String(sha1.ComputeHash(Encoding.UTF8.GetBytes(userId + DateTime.UtcNow.Ticks)));
    }
}
