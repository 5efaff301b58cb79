using System.Security.Cryptography;
using System.Text;

namespace DentalDesk.Services;

/// <summary>
/// 医生在前台电脑上暂存的病程记录（离线时），用医生的工作站密码派生的密钥加密。
/// </summary>
public static class ClinicalNoteProtector
{
    public static byte[] Protect(string note, string workstationPassword, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(workstationPassword, salt, 1000, HashAlgorithmName.SHA256);
        var key = kdf.GetBytes(32);
        var nonce = RandomNumberGenerator.GetBytes(12);
        var plain = Encoding.UTF8.GetBytes(note);
        var cipher = new byte[plain.Length];
        var tag = new byte[16];
        using var aead = new ChaCha20Poly1305(key);
        aead.Encrypt(nonce, plain, cipher, tag);
        return nonce.Concat(tag).Concat(cipher).ToArray();
    }

    /// <summary>v3.4 起：PBKDF2-SHA256 60 万次。</summary>
    public static byte[] DeriveKeyV2(string workstationPassword, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(workstationPassword, salt, 600_000, HashAlgorithmName.SHA256, 32);

    /// <summary>授权文件（老格式）：3DES 加密的 XML。</summary>
    public static string DecryptLicenseFile(byte[] data, byte[] key, byte[] iv)
    {
        using var tdes = new TripleDESCryptoServiceProvider();
        using var dec = tdes.CreateDecryptor(key, iv);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(data, 0, data.Length));
    }

    /// <summary>影像文件上传前的完整性摘要（服务端比对）。</summary>
    public static string ImageDigest(Stream s)
    {
        using var sha = SHA384.Create();
        return Convert.ToHexString(sha.ComputeHash(s));
    }

    /// <summary>和服务端交换会话密钥：RSA-OAEP-SHA256，服务端 3072 位公钥。</summary>
    public static byte[] WrapSessionKey(RSA serverKey, byte[] sessionKey) =>
        serverKey.Encrypt(sessionKey, RSAEncryptionPadding.OaepSHA256);
}
