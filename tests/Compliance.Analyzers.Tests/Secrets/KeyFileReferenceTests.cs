namespace Compliance.Analyzers.Tests.Secrets;

using Compliance.Analyzers.Secrets.Detection;
using static SecretFixtures;

/// <summary>
/// Admin.NET's Wechat.json: "MerchantCertificatePrivateKey": "\\WxPayCert\\apiclient_key.pem" names the key file, and
/// was reported as a plain-text secret at high. A secret-named setting whose value is a key file's name or path
/// (.pem, .key, .pfx, .p12 …) is a reference; the key material itself stays reported.
/// </summary>
public class KeyFileReferenceTests
{
    [Fact]
    public void A_key_file_path_is_not_a_secret_and_key_material_is()
    {
        var material = AlnumOf(40, 621);
        var json = "{\n  // 微信支付\n  \"WechatPay\": {\n    \"MerchantCertificatePrivateKey\": \"\\\\WxPayCert\\\\apiclient_key.pem\", // 证书私钥\n"
                   + "    \"ClientKey\": \"certs/client.key\",\n    \"SigningCertificate\": \"apiclient_cert.p12\",\n    \"PrivateKey\": \"" + material + "\"\n  }\n}\n";
        var m = Assert.Single(TextSecretScanner.Scan("Admin.NET.Application/Configuration/Wechat.json", json));
        Assert.Equal(("CMP1005", "WechatPay:PrivateKey", 7, 1 + json.Split('\n')[6].IndexOf(material, StringComparison.Ordinal)), (m.RuleId, m.Anchor, m.StartLine, m.StartColumn));
    }
}
