using System.Security.Cryptography;
using System.Text;

namespace Donate.Services;

/// <summary>Carried over from the foundation's old ASP.NET WebForms site.</summary>
public static class Md5Helper
{
    public static string MD5Encrypt32(string input)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
        var sb = new StringBuilder();
        foreach (var b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    /// <summary>Short cache key for long query strings (Redis keys are limited on our proxy).</summary>
    public static string CacheKey(string prefix, string query) =>
        prefix + ":" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(query)));
}
