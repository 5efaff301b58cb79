using System.Runtime.Caching;
using System.Security.Cryptography;
using System.Text;

namespace BranchWealth.Services;

/// <summary>报表查询结果缓存 10 分钟（按 SQL + 参数做键）。</summary>
public static class ReportCache
{
    private static readonly MemoryCache Cache = MemoryCache.Default;

    public static T GetOrAdd<T>(string sql, object parameters, Func<T> load) where T : class
    {
        var key = Key(sql, parameters);
        if (Cache.Get(key) is T hit) return hit;
        var value = load();
        Cache.Set(key, value, DateTimeOffset.Now.AddMinutes(10));
        return value;
    }

    private static string Key(string sql, object parameters)
    {
        var raw = sql + "|" + Newtonsoft.Json.JsonConvert.SerializeObject(parameters);
        using var md5 = new MD5CryptoServiceProvider();
        return "rpt:" + BitConverter.ToString(md5.ComputeHash(Encoding.UTF8.GetBytes(raw))).Replace("-", "");
    }

    /// <summary>静态资源版本号（bundle 的 ?v=）。</summary>
    public static string AssetVersion(string filePath)
    {
        using var sha1 = SHA1.Create();
        using var fs = File.OpenRead(filePath);
        return BitConverter.ToString(sha1.ComputeHash(fs)).Replace("-", "")[..10].ToLowerInvariant();
    }
}
