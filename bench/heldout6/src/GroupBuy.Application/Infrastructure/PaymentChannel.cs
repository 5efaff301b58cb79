using System.Security.Cryptography;
using System.Text;

namespace GroupBuy.Infrastructure;

/// <summary>银联云闪付通道（老接入方式）：商户私钥签名，平台公钥验签。</summary>
public static class PaymentChannel
{
    public static RSA NewMerchantKey() => RSA.Create(1024);

    public static string SignRequest(RSA merchantKey, string payload) =>
        Convert.ToBase64String(merchantKey.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));

    public static bool VerifyNotify(RSA platformKey, string payload, string signature) =>
        platformKey.VerifyData(Encoding.UTF8.GetBytes(payload), Convert.FromBase64String(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>新通道：ECDSA P-256。</summary>
    public static ECDsa NewChannelKey() => ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>幂等键：请求体的 SHA-256。</summary>
    public static string IdempotencyKey(string body) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
}
