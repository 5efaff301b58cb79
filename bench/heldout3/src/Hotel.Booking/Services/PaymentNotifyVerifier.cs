using System.Security.Cryptography;
using System.Text;

namespace Hotel.Booking.Services;

/// <summary>支付回调验签：微信支付 v3（RSA-SHA256）、银联（RSA-SHA256）、老的收银机厂商（MD5）。</summary>
public sealed class PaymentNotifyVerifier(IConfiguration config, ILogger<PaymentNotifyVerifier> log)
{
    private const string WechatAppId = "wx8d1f6c2b7e3a9054";
    private const string WechatMchId = "1648823901";
    private const string WechatApiV3Key = "ivo3m45FGxdUqc0DD5XoIKB0XqZ9JTQt";
    private const string PosVendorKey = "xzZCcs2JIgijozpC";

    private const string WechatPlatformPublicKey = @"-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu3kZ6e1PqZ8bYt0zQk9w
-----END PUBLIC KEY-----";

    public bool VerifyWechat(string timestamp, string nonce, string body, string signatureB64)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(config["Wechat:PlatformPublicKey"] ?? WechatPlatformPublicKey);
        var msg = Encoding.UTF8.GetBytes($"{timestamp}\n{nonce}\n{body}\n");
        return rsa.VerifyData(msg, Convert.FromBase64String(signatureB64), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    public string DecryptWechatResource(string ciphertextB64, string nonce, string associatedData)
    {
        var all = Convert.FromBase64String(ciphertextB64);
        var key = Encoding.UTF8.GetBytes(config["Wechat:ApiV3Key"] ?? WechatApiV3Key);
        using var gcm = new AesGcm(key, 16);
        var plain = new byte[all.Length - 16];
        gcm.Decrypt(Encoding.UTF8.GetBytes(nonce), all[..^16], all[^16..], plain, Encoding.UTF8.GetBytes(associatedData));
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>前台收银机（我们自己定的协议）：sign = MD5(orderNo + amount + key)。</summary>
    public bool VerifyPos(string orderNo, string amount, string sign, string cardNo)
    {
        var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(orderNo + amount + PosVendorKey)));
        if (!string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase))
        {
            log.LogWarning("pos sign mismatch order {OrderNo} card {CardNo}", orderNo, cardNo);
            return false;
        }
        log.LogInformation("pos paid order {OrderNo} card ****{Last4}", orderNo, cardNo[^4..]);
        return true;
    }

    public string IdempotencyKey(string orderNo, string eventType) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(orderNo + ":" + eventType)));
}
