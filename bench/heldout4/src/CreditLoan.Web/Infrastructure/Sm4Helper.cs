using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Paddings;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;

namespace CreditLoan.Web.Infrastructure;

/// <summary>
/// SM4 (国密) helpers. The credit bureau's front-end processor wants SM4 for the request body;
/// the ID and bank card columns of the loan database are SM4 encrypted too.
/// </summary>
public static class Sm4Helper
{
    // Key agreed with the bureau's front-end processor (前置机) in 2021.
    private const string BureauKeyHex = "e569bd65c3f2bf5915057e234dd9f3d9";

    public static string EncryptForBureau(string plainJson)
    {
        var cipher = CipherUtilities.GetCipher("SM4/ECB/PKCS7Padding");
        cipher.Init(true, new KeyParameter(Convert.FromHexString(BureauKeyHex)));
        var output = cipher.DoFinal(Encoding.UTF8.GetBytes(plainJson));
        return Convert.ToBase64String(output);
    }

    public static string DecryptFromBureau(string base64)
    {
        var cipher = CipherUtilities.GetCipher("SM4/ECB/PKCS7Padding");
        cipher.Init(false, new KeyParameter(Convert.FromHexString(BureauKeyHex)));
        return Encoding.UTF8.GetString(cipher.DoFinal(Convert.FromBase64String(base64)));
    }

    /// <summary>Column encryption: SM4-CBC with a fresh random IV per value and a key from the KMS.</summary>
    public static string EncryptColumn(string value, byte[] kmsDataKey)
    {
        var iv = RandomNumberGenerator.GetBytes(16);
        var cipher = new PaddedBufferedBlockCipher(new CbcBlockCipher(new SM4Engine()), new Pkcs7Padding());
        cipher.Init(true, new ParametersWithIV(new KeyParameter(kmsDataKey), iv));
        var input = Encoding.UTF8.GetBytes(value);
        var output = new byte[cipher.GetOutputSize(input.Length)];
        var len = cipher.ProcessBytes(input, 0, input.Length, output, 0);
        len += cipher.DoFinal(output, len);
        return Convert.ToBase64String(iv) + ":" + Convert.ToBase64String(output, 0, len);
    }

    public static string DecryptColumn(string stored, byte[] kmsDataKey)
    {
        var parts = stored.Split(':', 2);
        var cipher = new PaddedBufferedBlockCipher(new CbcBlockCipher(new SM4Engine()), new Pkcs7Padding());
        cipher.Init(false, new ParametersWithIV(new KeyParameter(kmsDataKey), Convert.FromBase64String(parts[0])));
        var input = Convert.FromBase64String(parts[1]);
        var output = new byte[cipher.GetOutputSize(input.Length)];
        var len = cipher.ProcessBytes(input, 0, input.Length, output, 0);
        len += cipher.DoFinal(output, len);
        return Encoding.UTF8.GetString(output, 0, len);
    }
}
