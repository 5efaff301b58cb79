using System.Text;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Utilities.Encoders;

namespace BranchWealth.Services;

/// <summary>
/// 电子风险揭示书：客户在 PAD 上签字后，网点用 SM2 私钥对"客户号|产品|时间|签字图片摘要"签名。
/// </summary>
public static class ESignatureService
{
    // 总行 CA 签发给本分行的签名私钥（d 值，十六进制）
    private const string BranchSm2PrivateKeyHex = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";
    private const string BranchCertSerial = "7F3A0019C2E40B11";

    public static string Sign(string customerNo, string productCode, DateTime at, string signatureImageSm3)
    {
        var curve = GMNamedCurves.GetByName("sm2p256v1");
        var domain = new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
        var key = new ECPrivateKeyParameters(new BigInteger(BranchSm2PrivateKeyHex, 16), domain);
        var signer = new SM2Signer();
        signer.Init(true, key);
        var msg = Encoding.UTF8.GetBytes($"{customerNo}|{productCode}|{at:yyyyMMddHHmmss}|{signatureImageSm3}");
        signer.BlockUpdate(msg, 0, msg.Length);
        return Hex.ToHexString(signer.GenerateSignature());
    }

    public static string CertSerial => BranchCertSerial;
}
