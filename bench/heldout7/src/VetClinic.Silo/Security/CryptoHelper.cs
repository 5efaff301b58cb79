using System.Security.Cryptography;
using System.Text;

namespace VetClinic.Security;

/// <summary>
/// Field encryption for owner ID numbers and addresses in the legacy MySQL tables (still read by the
/// front-desk app). Ported from the 2016 WinForms code base; the key must stay the same for old rows.
/// </summary>
public static class CryptoHelper
{
    private static readonly byte[] Key = Encoding.UTF8.GetBytes("pT3xQ8vL1mZ6rK9w");
    private static readonly byte[] Iv = new byte[16];

    public static string Encrypt(string plain)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        aes.IV = Iv;
        aes.Mode = CipherMode.CBC;
        using var enc = aes.CreateEncryptor();
        var bytes = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(enc.TransformFinalBlock(bytes, 0, bytes.Length));
    }

    public static string Decrypt(string cipher)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        aes.IV = Iv;
        using var dec = aes.CreateDecryptor();
        var bytes = Convert.FromBase64String(cipher);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(bytes, 0, bytes.Length));
    }

    // Card-reader export format of the old front desk: DES/ECB with an 8-byte key from the vendor manual.
    public static byte[] EncryptForCardReader(byte[] data)
    {
        using var des = DES.Create();
        des.Key = Encoding.ASCII.GetBytes("Vt7#q2Lm");
        des.Mode = CipherMode.ECB;
        des.Padding = PaddingMode.PKCS7;
        using var enc = des.CreateEncryptor();
        return enc.TransformFinalBlock(data, 0, data.Length);
    }

    public static string Md5Hex(string input)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(input));
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    public static string Sha256Hex(byte[] data) => Convert.ToHexString(SHA256.HashData(data)).ToLowerInvariant();
}
