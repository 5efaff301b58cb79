using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Security;

/// <summary>
/// Open-platform signature: partners sign sorted query parameters.
/// </summary>
public static class SignatureHelper
{
    public const string SignHeader = "X-Sign";
    public const string AppKeyHeader = "X-App-Key";

    public static string Sign(IDictionary<string, string> parameters, string appSecret)
    {
        var sorted = parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value}");
        var plain = string.Join("&", sorted) + "&key=" + appSecret;
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(plain)));
    }

    public static string SignV2(IDictionary<string, string> parameters, string appSecret)
    {
        var plain = string.Join("&", parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(appSecret));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(plain)));
    }
}
