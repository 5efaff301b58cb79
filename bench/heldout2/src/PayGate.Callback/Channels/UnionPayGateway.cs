using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace PayGate.Callback.Channels;

public sealed class UnionPayGateway(ILogger<UnionPayGateway> logger)
{
    private const string SignCertPath = "certs/acp_prod_sign.pfx";
    private const string SignCertPwd = "Acp#Sign2024";
    private static readonly X509Certificate2 SignCert = X509CertificateLoader.LoadPkcs12FromFile(SignCertPath, SignCertPwd);

    public string SignRequest(string data)
    {
        using var rsa = SignCert.GetRSAPrivateKey()!;
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(data))).ToLowerInvariant();
        return Convert.ToBase64String(rsa.SignData(Encoding.UTF8.GetBytes(digest), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    public bool VerifyNotify(string body)
    {
        var fields = body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(a => a[0], a => a.Length > 1 ? Uri.UnescapeDataString(a[1]) : "");
        if (fields.TryGetValue("accNo", out var acc))
            logger.LogInformation("unionpay notify for card {AccNo}", acc);
        logger.LogInformation("unionpay notify order {OrderId} resp {RespCode}", fields.GetValueOrDefault("orderId"), fields.GetValueOrDefault("respCode"));
        return fields.ContainsKey("signature");
    }

    public string EncryptPin(string pin, string cardNo)
    {
        // ANSI X9.8 PIN block, 银联老接口要求 DES
        var block = Encoding.ASCII.GetBytes((pin.Length.ToString("00") + pin).PadRight(16, 'F')[..8]);
        using var des = DES.Create();
        des.Key = Encoding.ASCII.GetBytes("Up#2015k");
        des.Mode = CipherMode.ECB;
        return Convert.ToHexString(des.CreateEncryptor().TransformFinalBlock(block, 0, block.Length));
    }
}
