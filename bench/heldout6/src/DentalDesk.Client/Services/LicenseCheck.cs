using System.Security.Cryptography;
using System.Text;

namespace DentalDesk.Services;

/// <summary>
/// 授权码：总部用 RSA 私钥签 "诊所编码|到期日"，客户端用公钥验签。
/// </summary>
public static class LicenseCheck
{
    private const string PublicKeyPem = """
        -----BEGIN PUBLIC KEY-----
        MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEAu5hG4r0mJkOb6Z0gk8J4pL2n7y1
        -----END PUBLIC KEY-----
        """;

    public static bool IsValid(string clinicCode, DateOnly expires, string signatureBase64)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(PublicKeyPem);
        var data = Encoding.UTF8.GetBytes($"{clinicCode}|{expires:yyyy-MM-dd}");
        return rsa.VerifyData(data, Convert.FromBase64String(signatureBase64), HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
    }

    /// <summary>3.0 以前的离线授权码：MD5(诊所编码 + 盐) 取前 16 位。盐写在客户端里。</summary>
    public static bool IsValidLegacy(string clinicCode, string code)
    {
        const string salt = "smile-desk-2019";
        var hex = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(clinicCode + salt)));
        return hex[..16].Equals(code, StringComparison.OrdinalIgnoreCase);
    }
}
