using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.OutputCaching;

namespace Hotel.Booking.Infrastructure;

/// <summary>输出缓存策略：按房价计划版本生成 ETag，内容不变就 304。</summary>
public sealed class RatePlanCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        var version = context.HttpContext.Request.Query["v"].ToString();
        context.CacheVaryByRules.VaryByValues["rp"] = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(version)));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;
}

public static class StableIds
{
    /// <summary>Redis Lua 脚本的 EVALSHA 名。</summary>
    public static string ScriptSha(string lua) => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(lua))).ToLowerInvariant();

    /// <summary>静态资源指纹（缓存破坏）。</summary>
    public static string AssetFingerprint(byte[] content) => Convert.ToHexString(MD5.HashData(content))[..12];

    /// <summary>前端 SRI 属性值。</summary>
    public static string Sri(byte[] script) => "sha384-" + Convert.ToBase64String(SHA384.HashData(script));

    /// <summary>发票号：日期 + 订单号哈希前 8 位（只求不重复）。</summary>
    public static string InvoiceNo(string orderNo) => DateTime.Today.ToString("yyyyMMdd") + Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(orderNo)))[..8];

    /// <summary>UUID v3（MD5 名字空间），给旧 PMS 的房间 id。</summary>
    public static Guid UuidV3(Guid ns, string name)
    {
        var h = MD5.HashData(ns.ToByteArray().Concat(Encoding.UTF8.GetBytes(name)).ToArray());
        h[6] = (byte)((h[6] & 0x0F) | 0x30);
        h[8] = (byte)((h[8] & 0x3F) | 0x80);
        return new Guid(h);
    }

    public static string CorrelationId(string requestPath, long ticks) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(requestPath + ticks)))[..16];
}

/// <summary>运维配置加密 + 前台 API token + 导出包口令。</summary>
public static class OpsSecrets
{
    public static string HashApiToken(string token) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(token)));

    public static string HashSecurityAnswer(string answer) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(answer.Trim().ToLowerInvariant())));

    public static byte[] ExportZipKey(string zipPassword, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(zipPassword, salt, 5000, HashAlgorithmName.SHA256, 32);

    public static string EncryptConfigValue(string value, byte[] key)
    {
        using var des = DES.Create();
        des.Key = key;
        des.GenerateIV();
        var b = Encoding.UTF8.GetBytes(value);
        return Convert.ToBase64String(des.IV.Concat(des.CreateEncryptor().TransformFinalBlock(b, 0, b.Length)).ToArray());
    }

    public static string Sha256OfFile(string path)
    {
        using var fs = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(fs));
    }

    public static byte[] RandomKey() => RandomNumberGenerator.GetBytes(32);
}
