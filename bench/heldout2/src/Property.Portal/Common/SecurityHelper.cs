using System.Security.Cryptography;
using System.Text;

namespace Property.Portal.Common;

/// <summary>
/// 安全相关帮助类 (公司公共库 v3.2)
/// </summary>
public static class SecurityHelper
{
    #region MD5

    /// <summary>MD5 加密 (32位小写)</summary>
    public static string MD5Encrypt(string str)
    {
        var md5 = new MD5CryptoServiceProvider();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(str));
        return BitConverter.ToString(bytes).Replace("-", "").ToLower();
    }

    /// <summary>两次 MD5 (更安全)</summary>
    public static string DoubleMD5(string str) => MD5Encrypt(MD5Encrypt(str));

    /// <summary>文件 MD5 (用于附件去重)</summary>
    public static string FileMD5(Stream s)
    {
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(s));
    }

    #endregion

    #region SHA

    public static string SHA1Encrypt(string str)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(str)));
    }

    public static string SHA256Encrypt(string str) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(str)));

    public static string HmacSha256(string key, string data)
    {
        using var h = new HMACSHA256(Encoding.UTF8.GetBytes(key));
        return Convert.ToBase64String(h.ComputeHash(Encoding.UTF8.GetBytes(data)));
    }

    #endregion

    #region DES / AES

    private const string DefaultDesKey = "wy2018!@";
    private static readonly string AesKey = "GYQXLYjBdHHO4IEXAZ1nhMfexe9W";

    public static string DESEncrypt(string text, string key = DefaultDesKey)
    {
        var provider = new DESCryptoServiceProvider();
        var keyBytes = Encoding.ASCII.GetBytes(key[..8]);
        using var ms = new MemoryStream();
        using var cs = new CryptoStream(ms, provider.CreateEncryptor(keyBytes, keyBytes), CryptoStreamMode.Write);
        var data = Encoding.UTF8.GetBytes(text);
        cs.Write(data, 0, data.Length);
        cs.FlushFinalBlock();
        return Convert.ToBase64String(ms.ToArray());
    }

    public static string AESEncrypt(string text)
    {
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(AesKey.PadRight(32, '0')[..32]);
        aes.GenerateIV();
        using var enc = aes.CreateEncryptor();
        var data = Encoding.UTF8.GetBytes(text);
        var cipher = enc.TransformFinalBlock(data, 0, data.Length);
        return Convert.ToBase64String(aes.IV.Concat(cipher).ToArray());
    }

    public static byte[] Rc4(byte[] key, byte[] data)
    {
        // RC4 (门禁卡老协议)
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }
        var result = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            result[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }
        return result;
    }

    #endregion

    /// <summary>生成随机验证码</summary>
    public static string RandomCode(int len = 6)
    {
        var r = new Random();
        return string.Concat(Enumerable.Range(0, len).Select(_ => r.Next(0, 10)));
    }
}
