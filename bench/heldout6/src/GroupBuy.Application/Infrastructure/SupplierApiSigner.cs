using System.Security.Cryptography;
using System.Text;

namespace GroupBuy.Infrastructure;

/// <summary>
/// 供应商开放接口签名：我们自己定的规则 sign = MD5(appKey + timestamp + body + appSecret)。
/// 供应商在对接文档里拿到 appKey/appSecret。
/// </summary>
public static class SupplierApiSigner
{
    private static readonly Dictionary<string, string> Secrets = new()
    {
        ["SUP-FRESHFARM"] = "UpT2LkSEaygxzc6KnELVEb3spleAqZmH",
        ["SUP-HUANGSHAN-TEA"] = "D1QIQtwTUt3jPTFrMxybRPlDwo9kWClQ",
        ["SUP-DEMO"] = "<set-in-config-center>",
    };

    public static string Sign(string appKey, long timestamp, string body)
    {
        var secret = Secrets[appKey];
        var raw = appKey + timestamp + body + secret;
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw)));
    }

    public static bool Verify(string appKey, long timestamp, string body, string sign, DateTimeOffset now)
    {
        if (Math.Abs(now.ToUnixTimeSeconds() - timestamp) > 300) return false;
        return string.Equals(Sign(appKey, timestamp, body), sign, StringComparison.OrdinalIgnoreCase);
    }
}
