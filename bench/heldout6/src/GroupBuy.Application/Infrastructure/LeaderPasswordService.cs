using System.Security.Cryptography;
using System.Text;

namespace GroupBuy.Infrastructure;

/// <summary>团长后台登录密码。沿用老系统的 MD5(salt+password)，老数据还没迁完。</summary>
public class LeaderPasswordService
{
    public (string Hash, string Salt) Hash(string password)
    {
        var salt = Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        return (Md5Hex(salt + password), salt);
    }

    public bool Verify(string password, string hash, string salt) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Md5Hex(salt + password)), Encoding.ASCII.GetBytes(hash));

    private static string Md5Hex(string s)
    {
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();
    }

    /// <summary>新注册的运营账号用 PBKDF2。</summary>
    public static string HashForStaff(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2$600000${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    /// <summary>导入的供应商账号：老平台用的 1000 次 SHA1。</summary>
    public static byte[] LegacySupplierHash(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, 1000, HashAlgorithmName.SHA1, 20);
}
