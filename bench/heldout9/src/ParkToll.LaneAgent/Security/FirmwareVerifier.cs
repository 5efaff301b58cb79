using System.Security.Cryptography;

namespace LaneAgent.Security;

/// <summary>Barrier and LED firmware images come with a signed manifest.</summary>
public sealed class FirmwareVerifier
{
    private const string VendorPublicKeyPem = """
        -----BEGIN PUBLIC KEY-----
        MIIBojANBgkqhkiG9w0BAQEFAAOCAY8AMIIBigKCAYEAwbJ7Zc1R5t1k7rW3l4n0
        -----END PUBLIC KEY-----
        """;

    public bool Verify(byte[] image, byte[] signature)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(VendorPublicKeyPem);
        return rsa.VerifyData(image, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
    }

    /// <summary>The vendor's bootloader rejects an image whose MD5 does not match the manifest (transfer check).</summary>
    public static string TransferChecksum(byte[] image) => Convert.ToHexString(MD5.HashData(image));
}
