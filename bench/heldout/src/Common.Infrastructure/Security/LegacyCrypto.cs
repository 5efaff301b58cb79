using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Security;

/// <summary>
/// Crypto kept for the interfaces with the old HIS (Delphi, 2012) and the PDA firmware.
/// </summary>
public static class LegacyCrypto
{
    public static byte[] Rc2Encrypt(byte[] data, byte[] key, byte[] iv)
    {
        using var rc2 = RC2.Create();
        rc2.Key = key;
        rc2.IV = iv;
        using var enc = rc2.CreateEncryptor();
        return enc.TransformFinalBlock(data, 0, data.Length);
    }

    public static string DesEcbEncrypt(string text, string key)
    {
        using var des = new DESCryptoServiceProvider();
        des.Mode = CipherMode.ECB;
        des.Padding = PaddingMode.PKCS7;
        des.Key = Encoding.ASCII.GetBytes(key);
        using var enc = des.CreateEncryptor();
        var bytes = Encoding.UTF8.GetBytes(text);
        return Convert.ToBase64String(enc.TransformFinalBlock(bytes, 0, bytes.Length));
    }

    public static byte[] AesEcb(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.EncryptEcb(data, PaddingMode.PKCS7);
    }

    public static RSA CreateLicenseKey()
    {
        return RSA.Create(1024);
    }

    public static byte[] SignLicense(RSA rsa, byte[] license)
    {
        return rsa.SignData(license, HashAlgorithmName.MD5, RSASignaturePadding.Pkcs1);
    }

    public static bool VerifyPartnerCallback(RSA rsa, byte[] body, byte[] signature)
    {
        return rsa.VerifyData(body, signature, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
    }

    public static RSA CreateSigningKey()
    {
        return RSA.Create(3072);
    }

    public static byte[] SignReceipt(RSA rsa, byte[] receipt)
    {
        return rsa.SignData(receipt, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
    }
}
