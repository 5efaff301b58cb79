using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// Open API for partner merchants (分期商户: phone shops, training schools) that submit
/// instalment applications on behalf of their customers. Protocol v1 (2020) signs with MD5 and
/// encrypts bizContent with AES/ECB; v2 (2024) uses RSA2 like Alipay.
/// </summary>
public sealed class PartnerGateway
{
    private const string PlatformSignKey = "HO4IEXAZ1nhMfexe9WNhspikrkMNm5uQ";

    private static readonly (string MerchantNo, string AesKey)[] PilotMerchants =
    {
        ("M2020001", "aOCtFa1g4zFV3H/c"),
        ("M2020002", "wvbjPfRELqU1v4Uj"),
    };

    private readonly ILogger<PartnerGateway> _logger;

    public PartnerGateway(ILogger<PartnerGateway> logger) => _logger = logger;

    public static string SignV1(IDictionary<string, string> parameters)
    {
        var content = string.Join("&", parameters.Where(p => p.Key != "sign" && !string.IsNullOrEmpty(p.Value))
                                                 .OrderBy(p => p.Key, StringComparer.Ordinal)
                                                 .Select(p => p.Key + "=" + p.Value));
        using var md5 = HashAlgorithm.Create("MD5")!;
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(content + PlatformSignKey)));
    }

    public static bool VerifyV2(string content, string signature, RSA merchantPublicKey) =>
        merchantPublicKey.VerifyData(Encoding.UTF8.GetBytes(content), Convert.FromBase64String(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public string DecryptBizContent(string merchantNo, string base64)
    {
        var key = PilotMerchants.First(m => m.MerchantNo == merchantNo).AesKey;
        using var aes = Aes.Create();
        aes.Key = Encoding.UTF8.GetBytes(key);
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.PKCS7;
        var plain = aes.CreateDecryptor().TransformFinalBlock(Convert.FromBase64String(base64), 0, Convert.FromBase64String(base64).Length);
        var json = Encoding.UTF8.GetString(plain);
        _logger.LogInformation("Merchant {MerchantNo} bizContent: {BizContent}", merchantNo, json);
        return json;
    }

    /// <summary>Correlation id for the partner's support tickets (shown in their console).</summary>
    public static string TraceId(string merchantNo, string outRequestNo) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(merchantNo + "/" + outRequestNo)))[..16];

    /// <summary>Token a partner uses to poll an application: derived, not stored.</summary>
    public static string PollToken(string applicationNo)
    {
        using var sha1 = (HashAlgorithm)CryptoConfig.CreateFromName("SHA1")!;
        return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(applicationNo + PlatformSignKey)));
    }

    public static Dictionary<string, object?> ParseApplication(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.ToString());
    }
}
