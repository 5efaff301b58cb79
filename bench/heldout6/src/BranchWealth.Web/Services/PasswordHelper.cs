using System.Security.Cryptography;
using System.Text;

namespace BranchWealth.Services;

/// <summary>客户经理登录密码（2016 年的老系统迁移过来，仍是 SHA1 + 用户名做盐）。</summary>
public static class PasswordHelper
{
    public static string Encrypt(string userCode, string password)
    {
        using (var sha1 = new SHA1CryptoServiceProvider())
        {
            var bytes = sha1.ComputeHash(Encoding.UTF8.GetBytes(userCode.ToUpper() + password));
            return BitConverter.ToString(bytes).Replace("-", "");
        }
    }

    /// <summary>新版本：PBKDF2-SHA512，21 万次（2024 年密码策略）。</summary>
    public static string HashV2(string password, byte[] salt) =>
        Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(password, salt, 210_000, HashAlgorithmName.SHA512, 64));

    /// <summary>过渡期：客户端先做一次 MD5 再传上来（前端老代码）。</summary>
    public static string HashV2FromLegacyClient(string md5OfPassword, byte[] salt)
    {
        var derived = new Rfc2898DeriveBytes(md5OfPassword, salt, 5000);
        return Convert.ToBase64String(derived.GetBytes(32));
    }
}
