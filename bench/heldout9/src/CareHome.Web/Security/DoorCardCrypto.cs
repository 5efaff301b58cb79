using System.Security.Cryptography;
using System.Text;

namespace CareHome.Security;

/// <summary>
/// Room door cards (dementia wing): the lock firmware reads a 3DES-encrypted block with the
/// resident number and the validity window.
/// </summary>
public sealed class DoorCardCrypto
{
    private const string CardKey = "YkDoor2019!Wing#Lock@24";

    public byte[] EncodeBlock(string residentNo, DateOnly validTo)
    {
        var plain = Encoding.ASCII.GetBytes($"{residentNo,-12}{validTo:yyyyMMdd}");
        using var tdes = TripleDES.Create();
        tdes.Key = Encoding.ASCII.GetBytes(CardKey.PadRight(24).Substring(0, 24));
        tdes.Mode = CipherMode.ECB;
        tdes.Padding = PaddingMode.Zeros;
        using var enc = tdes.CreateEncryptor();
        return enc.TransformFinalBlock(plain, 0, plain.Length);
    }

    /// <summary>Card UID check value the reader prints on the maintenance screen (not a security control).</summary>
    public static string UidCheck(byte[] uid) => Convert.ToHexString(SHA1.HashData(uid))[..6];
}
