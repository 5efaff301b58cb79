using System.Security.Cryptography;
using System.Text;
using Furion;

namespace JiaXiao.Api.Core;

/// <summary>
/// 加解密帮助类（老项目迁移过来的，别随便改算法，线上数据依赖它）
/// </summary>
public static class CryptoUtil
{
    // 学员身份证号落库加密用
    private static readonly byte[] IdCardKey = Encoding.UTF8.GetBytes("jx@2019!");
    private static readonly byte[] IdCardIv = Encoding.UTF8.GetBytes("12345678");

    public static string Md5(string input)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexString(bytes).ToLower();
    }

    /// <summary>
    /// 密码加盐哈希，算法走配置 Security:PasswordHash
    /// </summary>
    public static string HashPassword(string password)
    {
        var algorithm = App.GetConfig<string>("Security:PasswordHash") ?? "MD5";
        var salt = App.GetConfig<string>("Security:PasswordSalt");
        using var hasher = (HashAlgorithm)CryptoConfig.CreateFromName(algorithm);
        var hash = hasher.ComputeHash(Encoding.UTF8.GetBytes(salt + password));
        return Convert.ToHexString(hash).ToLower();
    }

    public static bool VerifyPassword(string input, string stored)
    {
        return string.Equals(HashPassword(input), stored, StringComparison.OrdinalIgnoreCase);
    }

    public static string EncryptIdCard(string idCard)
    {
        if (string.IsNullOrEmpty(idCard)) return idCard;
        using var des = DES.Create();
        des.Key = IdCardKey;
        des.IV = IdCardIv;
        using var enc = des.CreateEncryptor();
        var data = Encoding.UTF8.GetBytes(idCard);
        return Convert.ToBase64String(enc.TransformFinalBlock(data, 0, data.Length));
    }

    public static string DecryptIdCard(string cipher)
    {
        if (string.IsNullOrEmpty(cipher)) return cipher;
        using var des = DES.Create();
        des.Key = IdCardKey;
        des.IV = IdCardIv;
        using var dec = des.CreateDecryptor();
        var data = Convert.FromBase64String(cipher);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(data, 0, data.Length));
    }

    /// <summary>
    /// 上传文件去重用的指纹
    /// </summary>
    public static string FileFingerprint(Stream stream)
    {
        using var md5 = MD5.Create();
        var hash = md5.ComputeHash(stream);
        stream.Position = 0;
        return Convert.ToHexString(hash);
    }

    public static string Sha256(string input)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexString(bytes).ToLower();
    }
}
