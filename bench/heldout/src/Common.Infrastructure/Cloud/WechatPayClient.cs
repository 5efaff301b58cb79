using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Cloud;

/// <summary>
/// 微信支付 APIv3 客户端（门诊缴费、运费到付）
/// </summary>
public sealed class WechatPayClient
{
    public const string MchId = "1600012345";
    public const string SerialNo = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    private const string ApiV3Key = "TTlTxDSmygMxEnWRwvFI1tdlNODi520r";

    // 商户API证书私钥（apiclient_key.pem）
    private const string MerchantPrivateKey = @"-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDFAKEKEYFORTESTS
ONLYbenchmarkCorpusNotARealKeyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
-----END PRIVATE KEY-----";

    private readonly HttpClient _http;

    public WechatPayClient(HttpClient http) => _http = http;

    public string BuildAuthorization(string method, string url, string body)
    {
        var nonce = Guid.NewGuid().ToString("N");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var message = $"{method}\n{url}\n{timestamp}\n{nonce}\n{body}\n";
        using var rsa = RSA.Create();
        rsa.ImportFromPem(MerchantPrivateKey);
        var signature = Convert.ToBase64String(rsa.SignData(Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        return $"WECHATPAY2-SHA256-RSA2048 mchid=\"{MchId}\",nonce_str=\"{nonce}\",timestamp=\"{timestamp}\",serial_no=\"{SerialNo}\",signature=\"{signature}\"";
    }

    public string DecryptNotification(string associatedData, string nonce, string ciphertext)
    {
        var all = Convert.FromBase64String(ciphertext);
        var tag = all[^16..];
        var cipher = all[..^16];
        var plain = new byte[cipher.Length];
        using var gcm = new AesGcm(Encoding.UTF8.GetBytes(ApiV3Key), 16);
        gcm.Decrypt(Encoding.UTF8.GetBytes(nonce), cipher, tag, plain, Encoding.UTF8.GetBytes(associatedData));
        return Encoding.UTF8.GetString(plain);
    }

    public async Task<string> CreateOrderAsync(string json)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://api.mch.weixin.qq.com/v3/pay/transactions/native")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        req.Headers.TryAddWithoutValidation("Authorization", BuildAuthorization("POST", "/v3/pay/transactions/native", json));
        var resp = await _http.SendAsync(req);
        return await resp.Content.ReadAsStringAsync();
    }
}
