using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;

namespace BranchWealth.Services;

/// <summary>
/// 从总行柜面系统跳转过来的单点登录票据：我们和柜面约定的格式（DES-ECB + MD5 时间戳校验）。
/// </summary>
public static class SsoBridge
{
    private const string TicketKey = "Gm8#SsoK";
    private const string TicketKeyConfigName = "Sso:TicketKey";

    public static string ReadTicket(string ticketBase64, out DateTime issued)
    {
        using var des = DES.Create();
        des.Mode = CipherMode.ECB;
        des.Key = Encoding.ASCII.GetBytes(TicketKey);
        var bytes = Convert.FromBase64String(ticketBase64);
        var plain = Encoding.UTF8.GetString(des.CreateDecryptor().TransformFinalBlock(bytes, 0, bytes.Length));
        var parts = plain.Split('|');
        issued = DateTime.ParseExact(parts[1], "yyyyMMddHHmmss", null);
        var check = BitConverter.ToString(MD5.Create().ComputeHash(Encoding.UTF8.GetBytes(parts[0] + parts[1] + TicketKey))).Replace("-", "");
        if (check != parts[2]) throw new CryptographicException("票据校验失败");
        return parts[0];
    }

    /// <summary>新 SSO（2025 切换）：Argon2id 存储的一次性口令 + RSA-3072 签名。</summary>
    public static byte[] HashOneTimeSecret(string secret, byte[] salt)
    {
        using var argon = new Argon2id(Encoding.UTF8.GetBytes(secret)) { Salt = salt, DegreeOfParallelism = 2, MemorySize = 65536, Iterations = 3 };
        return argon.GetBytes(32);
    }

    public static RSA NewSigningKey() => RSA.Create(3072);

    public static string ArchiveDigest(byte[] content) => Convert.ToHexString(SHA512.HashData(content));
}
