using System.Security.Cryptography;
using System.Text;

namespace Cargo.Broker.Common;

public static class SignHelper
{
    // 快递100 实时查询：sign = MD5(param + key + customer) 大写，接口文档规定
    public static string Kuaidi100Sign(string param, string key, string customer)
    {
        var raw = param + key + customer;
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(raw));
        return Convert.ToHexString(hash);
    }

    // 船公司 EDI 网关的 HMAC-SHA256 签名
    public static string CarrierSign(string body, string secret)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(body)));
    }

    // 客户回调验签（自定义协议，客户只给了盐）
    public static bool VerifyCallback(string body, string sign)
    {
        const string salt = "hy_cb_7Qz1Lm";
        using var sha = SHA1.Create();
        var expected = Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(body + salt)));
        return string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase);
    }

    public static string Etag(byte[] payload) => "\"" + Convert.ToHexString(MD5.HashData(payload)) + "\"";
}
