using System.Security.Cryptography;
using System.Text;

namespace GroupBuy.Infrastructure;

/// <summary>
/// 团长分享链接：带团长 ID 和过期时间，签名防止篡改（篡改团长 ID 就能抢佣金）。
/// </summary>
public static class ShareLinkService
{
    private const string LinkSalt = "lnyx-share-2023";

    public static string Build(long leaderId, long activityId, DateTime expires)
    {
        var exp = new DateTimeOffset(expires).ToUnixTimeSeconds();
        var sig = Sign($"{leaderId}:{activityId}:{exp}");
        return $"https://m.linli-youxuan.cn/a/{activityId}?l={leaderId}&e={exp}&s={sig}";
    }

    public static bool Verify(long leaderId, long activityId, long exp, string sig, DateTimeOffset now) =>
        now.ToUnixTimeSeconds() < exp && Sign($"{leaderId}:{activityId}:{exp}") == sig;

    private static string Sign(string payload)
    {
        using var sha1 = SHA1.Create();
        var hash = sha1.ComputeHash(Encoding.UTF8.GetBytes(payload + LinkSalt));
        return Convert.ToHexString(hash)[..16].ToLowerInvariant();
    }

    /// <summary>短链：长链接的 MD5 前 8 位做 ID，碰撞时加序号（只是个名字）。</summary>
    public static string ShortId(string longUrl, int attempt = 0) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(longUrl + (attempt > 0 ? "#" + attempt : ""))))[..8].ToLowerInvariant();
}
