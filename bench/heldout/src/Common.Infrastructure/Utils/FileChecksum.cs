using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Utils;

/// <summary>
/// Checksums for transfers and de-duplication. Not used for anything security relevant.
/// </summary>
public static class FileChecksum
{
    /// <summary>OSS requires a Content-MD5 header on PUT.</summary>
    public static string ContentMd5(byte[] body) => Convert.ToBase64String(MD5.HashData(body));

    public static async Task<string> Sha1OfFileAsync(string path)
    {
        await using var fs = File.OpenRead(path);
        using var sha1 = SHA1.Create();
        var hash = await sha1.ComputeHashAsync(fs);
        return Convert.ToHexString(hash);
    }

    public static string AvatarUrl(string email)
    {
        var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()))).ToLowerInvariant();
        return $"https://cravatar.cn/avatar/{hash}?d=identicon";
    }

    public static string RedisScriptSha(string luaScript)
    {
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(luaScript))).ToLowerInvariant();
    }

    public static string AvatarFileName(string userName)
    {
        return Security.MD5Helper.MD5Encrypt16(userName) + ".png";
    }

    public static string IdempotencyKey(string batchNo, string employeeNo)
    {
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(batchNo + "/" + employeeNo)));
    }
}
