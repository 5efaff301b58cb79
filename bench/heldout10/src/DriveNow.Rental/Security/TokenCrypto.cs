using System.Security.Cryptography;
using System.Text;

namespace DriveNow.Rental.Security;

/// <summary>Encrypts the ID card and licence numbers stored in the customer table.</summary>
public static class TokenCrypto
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("DnR3nt24");
    private static readonly byte[] Iv = Encoding.ASCII.GetBytes("12345678");

    public static string EncryptIdCard(string plain)
    {
        using var des = DES.Create();
        des.Key = Key;
        des.IV = Iv;
        using var enc = des.CreateEncryptor();
        var data = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(enc.TransformFinalBlock(data, 0, data.Length));
    }

    public static string DecryptIdCard(string cipher)
    {
        using var des = DES.Create();
        des.Key = Key;
        des.IV = Iv;
        using var dec = des.CreateDecryptor();
        var data = Convert.FromBase64String(cipher);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(data, 0, data.Length));
    }

    public static byte[] SealDepositCard(string cardNo, byte[] key)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        var data = Encoding.ASCII.GetBytes(cardNo);
        return aes.EncryptEcb(data, PaddingMode.PKCS7);
    }

    public static byte[] SealContract(byte[] pdf, byte[] key)
    {
        var nonce = RandomNumberGenerator.GetBytes(12);
        var tag = new byte[16];
        var cipher = new byte[pdf.Length];
        using var gcm = new AesGcm(key, 16);
        gcm.Encrypt(nonce, pdf, cipher, tag);
        return [.. nonce, .. tag, .. cipher];
    }
}
