using System.Text;
using Org.BouncyCastle.Crypto.Digests;

namespace CreditLoan.Web.Infrastructure;

public static class Sm3Helper
{
    public static byte[] Hash(byte[] data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data, 0, data.Length);
        var result = new byte[digest.GetDigestSize()];
        digest.DoFinal(result, 0);
        return result;
    }

    public static string HashHex(string text) => Convert.ToHexString(Hash(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    /// <summary>Digest of an uploaded contract PDF, printed on the e-signature certificate.</summary>
    public static string ContractDigest(Stream pdf)
    {
        using var ms = new MemoryStream();
        pdf.CopyTo(ms);
        return Convert.ToHexString(Hash(ms.ToArray()));
    }
}
