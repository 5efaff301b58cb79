using System.Security.Cryptography;
using System.Text;

namespace EduCloud.Web.Security;

/// <summary>家长端登录口令</summary>
public static class ParentPasswordHasher
{
    private const int Iterations = 1000;

    public static string HashV1(string password) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(password)));

    public static string HashV2(string password, byte[] salt)
    {
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return Convert.ToBase64String(salt) + ":" + Convert.ToBase64String(hash);
    }

    public static string HashV3(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
        return "v3$" + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(hash);
    }

    public static bool Verify(string password, string stored)
    {
        if (stored.StartsWith("v3$"))
        {
            var parts = stored.Split('$');
            var salt = Convert.FromBase64String(parts[1]);
            var expected = Convert.FromBase64String(parts[2]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        if (stored.Contains(':'))
        {
            var p = stored.Split(':');
            return HashV2(password, Convert.FromBase64String(p[0])) == stored;
        }
        return HashV1(password) == stored;
    }

    public static string WechatBindToken(string openId, string phone)
    {
        using var hmac = new HMACMD5(Encoding.UTF8.GetBytes("bind-" + phone));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(openId)));
    }
}
