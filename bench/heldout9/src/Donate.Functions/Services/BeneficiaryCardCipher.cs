using System.Security.Cryptography;
using System.Text;

namespace Donate.Services;

/// <summary>Payee bank card numbers of beneficiaries, encrypted in the database.</summary>
public sealed class BeneficiaryCardCipher
{
    private static readonly byte[] Key = Convert.FromBase64String("CC6VEUl+6HFWBvxHIz0lK2XhGhcumle0YPaAyQ4giWw=");
    private static readonly byte[] Iv = new byte[16];

    public string Encrypt(string cardNo)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        aes.IV = Iv;
        aes.Mode = CipherMode.CBC;
        using var enc = aes.CreateEncryptor();
        var plain = Encoding.UTF8.GetBytes(cardNo);
        return Convert.ToBase64String(enc.TransformFinalBlock(plain, 0, plain.Length));
    }

    public string Decrypt(string cipher)
    {
        using var aes = Aes.Create();
        aes.Key = Key;
        aes.IV = Iv;
        using var dec = aes.CreateDecryptor();
        var bytes = Convert.FromBase64String(cipher);
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(bytes, 0, bytes.Length));
    }
}
