using System.Security.Cryptography;
using System.Text;
using System.Web;
using Microsoft.Extensions.Configuration;

namespace Donate.Services;

/// <summary>Alipay open platform: app pay order strings and notify verification (RSA2).</summary>
public sealed class AlipayGateway
{
    // Application private key (PKCS#1). Kept here until the KMS migration is done.
    private const string AppPrivateKeyPem = @"-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK
LxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo
9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvre
dZ4yfF1fFs1P+NXvQwB5mPvEU3sY0KHgPfkmPy+yQfGU0+FjOPSe8lUL1kBIbeA9
DNHaG6DQu4vcW/O0ab5u7lApxzrRqKtAKKsoOwIDAQABAoIBAFYuLYYA2u3pmlgx
2p6gR+6vnn2Rvk8cuyPd+JUCXbIvS3J4c6+HO6PO6mAYhHJ9ekrNqN1ZCnEMVa+Y
-----END RSA PRIVATE KEY-----";

    private readonly string _appId;
    private readonly RSA _alipayPublicKey;

    public AlipayGateway(IConfiguration config)
    {
        _appId = config["Alipay__AppId"] ?? "2021004112345678";
        _alipayPublicKey = RSA.Create();
        _alipayPublicKey.ImportFromPem(File.ReadAllText(config["Alipay__PublicKeyPath"] ?? "certs/alipayPublicKey_RSA2.crt"));
    }

    public string BuildAppPayOrder(string orderNo, long amountCents, string subject)
    {
        var bizContent = $"{{\"out_trade_no\":\"{orderNo}\",\"total_amount\":\"{amountCents / 100m:0.00}\",\"subject\":\"{subject}\",\"product_code\":\"QUICK_MSECURITY_PAY\"}}";
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_id"] = _appId,
            ["method"] = "alipay.trade.app.pay",
            ["charset"] = "utf-8",
            ["sign_type"] = "RSA2",
            ["timestamp"] = DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss"),
            ["version"] = "1.0",
            ["notify_url"] = "https://fn-donate.example.cn/api/pay/alipay/notify",
            ["biz_content"] = bizContent,
        };
        var content = string.Join("&", p.Select(kv => $"{kv.Key}={kv.Value}"));
        using var rsa = RSA.Create();
        rsa.ImportFromPem(AppPrivateKeyPem);
        var sign = Convert.ToBase64String(rsa.SignData(Encoding.UTF8.GetBytes(content), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        return string.Join("&", p.Select(kv => $"{kv.Key}={HttpUtility.UrlEncode(kv.Value)}")) + "&sign=" + HttpUtility.UrlEncode(sign);
    }

    public bool VerifyNotify(IDictionary<string, string> fields)
    {
        if (!fields.TryGetValue("sign", out var sign)) return false;
        var content = string.Join("&", fields
            .Where(kv => kv.Key is not ("sign" or "sign_type") && !string.IsNullOrEmpty(kv.Value))
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Key}={kv.Value}"));
        return _alipayPublicKey.VerifyData(Encoding.UTF8.GetBytes(content), Convert.FromBase64String(sign), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
