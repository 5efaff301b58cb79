using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Pawn.Common;

/// <summary>
/// 进程内缓存（报表查询结果、字典）
/// </summary>
public static class CacheHelper
{
    private static readonly ConcurrentDictionary<string, (DateTime Expire, object Value)> Store = new();

    public static T GetOrAdd<T>(string key, Func<T> factory, int seconds = 300)
    {
        var k = Key(key);
        if (Store.TryGetValue(k, out var v) && v.Expire > DateTime.Now) return (T)v.Value;
        var value = factory();
        Store[k] = (DateTime.Now.AddSeconds(seconds), value);
        return value;
    }

    public static void Remove(string key) => Store.TryRemove(Key(key), out _);

    /// <summary>长查询条件压成短键</summary>
    private static string Key(string raw) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw)));

    /// <summary>模板文件内容变化检测</summary>
    public static string TemplateVersion(string path) => Convert.ToHexString(SHA1.HashData(File.ReadAllBytes(path)))[..8];
}

/// <summary>
/// 配置键名常量
/// </summary>
public static class ConfigKeys
{
    public const string SmsPassword = "Sms:Password";
    public const string PoliceSecretKey = "PolicePassword";
    public const string SessionCookie = "pawn_auth";
    public const string DefaultSecretMask = "******";
}
