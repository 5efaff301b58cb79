using System.Security.Cryptography;
using System.Text;

namespace BranchWealth.Services;

/// <summary>移动展业 PAD 的设备令牌和客户交易密码校验。</summary>
public static class PadAuthService
{
    /// <summary>PAD 设备令牌：sha1(设备号 + 工号 + 日期)，每天变一次。</summary>
    public static string DeviceToken(string deviceId, string managerCode, DateTime day)
    {
        using var sha = new SHA1Managed();
        return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(deviceId + managerCode + day.ToString("yyyyMMdd"))));
    }

    /// <summary>客户在 PAD 上输入交易密码确认购买；核心系统存的是 MD5(密码 + 客户号)。</summary>
    public static bool VerifyTradePassword(string customerNo, string tradePassword, string storedMd5)
    {
        using var md5 = MD5.Create();
        var hex = BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(tradePassword + customerNo))).Replace("-", "").ToLower();
        return hex == storedMd5;
    }

    /// <summary>PAD 本地加密存储的离线客户名单：AES-ECB，密钥由工号派生。</summary>
    public static byte[] EncryptOfflineList(byte[] data, string managerCode)
    {
        using var aes = Aes.Create();
        aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(managerCode));
        aes.Mode = CipherMode.ECB;
        return aes.EncryptEcb(data, PaddingMode.PKCS7);
    }

    /// <summary>PAD 新版登录：PBKDF2-SHA256，但迭代次数为了 PAD 性能调成 1 万。</summary>
    public static byte[] PadPinKey(string pin, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(pin, salt, 10_000, HashAlgorithmName.SHA256, 32);

    /// <summary>客户号伪名化（数据分析平台用）：HMAC-SHA256，密钥在加密机里。</summary>
    public static string Pseudonym(string customerNo, byte[] hsmKey)
    {
        using var hmac = new HMACSHA512(hsmKey);
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(customerNo)))[..32];
    }
}
