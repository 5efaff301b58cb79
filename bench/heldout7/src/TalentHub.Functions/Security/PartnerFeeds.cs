using System.Security.Cryptography;
using System.Text;

namespace TalentHub.Security;

/// <summary>Job feeds pushed to job boards, and callbacks from them.</summary>
public static class PartnerFeeds
{
    // Our own feed signature, designed by us in 2022 (boards verify with the shared key).
    public static string SignFeed(byte[] sharedKey, string xml)
    {
        using var hmac = new HMACSHA1(sharedKey);
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(xml)));
    }

    // SSO from the campus-recruiting partner: ticket = uid|ts|md5(uid|ts|key) — we specified this format.
    public static bool CheckCampusTicket(string ticket, string key)
    {
        var parts = ticket.Split('|');
        if (parts.Length != 3) return false;
        var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{parts[0]}|{parts[1]}|{key}")));
        return string.Equals(expected, parts[2], StringComparison.OrdinalIgnoreCase);
    }

    // Aliyun OSS PostObject policy signature: HMAC-SHA1 is what OSS V1 requires.
    public static string OssPolicySignature(string accessKeySecret, string policyBase64)
    {
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(accessKeySecret));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(policyBase64)));
    }

    // WeChat Pay v2 (used for paid premium postings): MD5 sign is what the v2 API mandates.
    public static string WeChatPayV2Sign(SortedDictionary<string, string> fields, string apiKey)
    {
        var s = string.Join("&", fields.Where(kv => kv.Value.Length > 0).Select(kv => $"{kv.Key}={kv.Value}")) + "&key=" + apiKey;
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(s)));
    }

    /// <summary>Salary fields exported to the payroll bureau's legacy gateway.</summary>
    public static byte[] EncryptSalaryField(string value, string tenantId)
    {
        using var aes = Aes.Create();
        aes.Key = SHA256.HashData(Encoding.UTF8.GetBytes(tenantId));
        aes.GenerateIV();
        using var enc = aes.CreateEncryptor();
        var bytes = Encoding.UTF8.GetBytes(value);
        return aes.IV.Concat(enc.TransformFinalBlock(bytes, 0, bytes.Length)).ToArray();
    }

    public static int Shard(string candidateId) => MD5.HashData(Encoding.UTF8.GetBytes(candidateId))[0] % 16;

    public static string SmsDedupKey(string templateId, string mobileHash, DateOnly day) =>
        "sms:" + Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"{templateId}:{mobileHash}:{day:yyyyMMdd}")));
}
