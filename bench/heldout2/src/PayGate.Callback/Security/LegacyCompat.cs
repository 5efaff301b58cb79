using System.Security.Cryptography;
using System.Text;

namespace PayGate.Callback.Security;

/// <summary>
/// 与老收银台 (2016 版) 兼容的算法. 新接入商户请勿使用.
/// </summary>
public static class LegacyCompat
{
    /// <summary>老收银台商户登录密码 = sha1(sha1(pwd))</summary>
    public static string CashierPassword(string pwd)
    {
        var once = SHA1.HashData(Encoding.UTF8.GetBytes(pwd));
        return Convert.ToHexString(SHA1.HashData(once));
    }

    public static bool CashierLogin(string input, string stored) =>
        CashierPassword(input) == stored;

    /// <summary>老 SDK 回调: 3DES-CBC 加密订单字段</summary>
    public static byte[] EncryptOrderField(byte[] data, byte[] key, byte[] iv)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = key;
        tdes.IV = iv;
        return tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    /// <summary>敏感字段加密 (身份证/手机号), 老库兼容 ECB</summary>
    public static byte[] EncryptSensitive(byte[] data, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.EncryptEcb(data, PaddingMode.PKCS7);
    }

    public static string SmsVerifyCodeHash(string phone, string code) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(phone + code)));

    public static string ApiSign(string body, string appSecret) =>
        Convert.ToHexString(HMACMD5.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(body)));

    /// <summary>新算法</summary>
    public static string ApiSignV2(string body, string appSecret) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), Encoding.UTF8.GetBytes(body)));

    public static byte[] EncryptSensitiveV2(byte[] data, byte[] key)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[data.Length];
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, data, cipher, tag);
        return [.. nonce, .. tag, .. cipher];
    }

    public static string PasswordV2(string pwd)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(pwd), salt, 350_000, HashAlgorithmName.SHA256, 32);
        return $"{Convert.ToBase64String(salt)}:{Convert.ToBase64String(hash)}";
    }

    /// <summary>对账文件名去重</summary>
    public static string FileNameKey(string fileName) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(fileName)))[..8];

    /// <summary>银行要求的报文 MAC 校验之外的日志关联 id</summary>
    public static string CorrelationId(string orderNo, DateTime ts) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(orderNo + ts.Ticks)))[..16];

    public static string KeyCheckValue(byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var kcv = aes.EncryptEcb(new byte[16], PaddingMode.None);
        return Convert.ToHexString(kcv)[..6];
    }

    public static string NotifyReplayKey(string notifyId) =>
        "notify:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(notifyId)));

    public static string ArgonHash(string pwd) =>
        Konscious.Security.Cryptography.Argon2id.Hash(pwd);
}
