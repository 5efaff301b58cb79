using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Security;

/// <summary>
/// 3DES used by the legacy bank-enterprise direct link (银企直连) message format.
/// </summary>
public sealed class TripleDesCrypto
{
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("BankLinkKey3DES!24bytes!");
    private static readonly byte[] IV = { 0x12, 0x34, 0x56, 0x78, 0x90, 0xAB, 0xCD, 0xEF };

    public byte[] Encrypt(string message)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = Key;
        tdes.IV = IV;
        tdes.Mode = CipherMode.CBC;
        using var enc = tdes.CreateEncryptor();
        var data = Encoding.UTF8.GetBytes(message);
        return enc.TransformFinalBlock(data, 0, data.Length);
    }

    public string Decrypt(byte[] cipher)
    {
        using var tdes = new TripleDESCryptoServiceProvider { Key = Key, IV = IV, Mode = CipherMode.ECB };
        using var dec = tdes.CreateDecryptor();
        return Encoding.UTF8.GetString(dec.TransformFinalBlock(cipher, 0, cipher.Length));
    }
}
