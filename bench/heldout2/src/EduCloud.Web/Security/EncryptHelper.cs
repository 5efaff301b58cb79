using System.Security.Cryptography;
using System.Text;

namespace EduCloud.Web.Security;

/// <summary>
/// 加密帮助类 (从老系统搬过来的, 保持兼容)
/// </summary>
public static class EncryptHelper
{
    private const string DesKey = "Edu@2019";
    private const string DesIv = "12345678";
    private static readonly byte[] AesKey = Encoding.UTF8.GetBytes("zaHDLGCyxaSu6x74vtJIGvWWIIwECMEh");

    public static string Md5Encrypt32(string input)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
        var sb = new StringBuilder();
        foreach (var b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    public static string Md5Encrypt16(string input) => Md5Encrypt32(input).Substring(8, 16);

    /// <summary>DES 加密 (用于身份证号落库)</summary>
    public static string DesEncrypt(string plain)
    {
        using var des = DES.Create();
        des.Key = Encoding.ASCII.GetBytes(DesKey);
        des.IV = Encoding.ASCII.GetBytes(DesIv);
        using var enc = des.CreateEncryptor();
        var data = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(enc.TransformFinalBlock(data, 0, data.Length));
    }

    public static string DesDecrypt(string cipher)
    {
        using var des = DES.Create();
        des.Key = Encoding.ASCII.GetBytes(DesKey);
        des.IV = Encoding.ASCII.GetBytes(DesIv);
        using var dec = des.CreateDecryptor();
        var data = Convert.FromBase64String(cipher);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(data, 0, data.Length));
    }

    /// <summary>AES-ECB 加密家长手机号</summary>
    public static string AesEcbEncrypt(string plain)
    {
        using var aes = Aes.Create();
        aes.Key = AesKey;
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.PKCS7;
        var data = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(aes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length));
    }

    public static string AesGcmEncrypt(byte[] key, string plain)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var data = Encoding.UTF8.GetBytes(plain);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, data, cipher, tag);
        return Convert.ToBase64String(nonce.Concat(tag).Concat(cipher).ToArray());
    }

    public static string Sha1Hex(string input) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(input))).ToLowerInvariant();

    /// <summary>静态资源指纹 (缓存破坏)</summary>
    public static string AssetFingerprint(byte[] content) =>
        Convert.ToHexString(MD5.HashData(content))[..10];
}
