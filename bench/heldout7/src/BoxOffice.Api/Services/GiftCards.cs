using System.Security.Cryptography;
using System.Text;

namespace BoxOffice.Services;

/// <summary>Gift cards sold at the counter: 16-digit number + 6-digit PIN printed under a scratch panel.</summary>
public static class GiftCards
{
    private static readonly byte[] NumberKey = Encoding.ASCII.GetBytes("gc-Key-2023-BoxOfficeAES256!!!!!");

    /// <summary>Last two digits are a check code: first byte of md5(first 14 digits + "BO").</summary>
    public static string WithCheckDigits(string first14)
    {
        var h = MD5.HashData(Encoding.ASCII.GetBytes(first14 + "BO"));
        return first14 + (h[0] % 100).ToString("D2");
    }

    public static string PinHash(string cardNumber, string pin) =>
        Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(cardNumber + pin)));

    public static bool Redeem(string cardNumber, string pin, string storedPinHash) =>
        PinHash(cardNumber, pin) == storedPinHash;

    public static byte[] EncryptNumber(string cardNumber)
    {
        using var aes = Aes.Create();
        aes.Key = NumberKey[..32];
        aes.IV = new byte[16];
        using var enc = aes.CreateEncryptor();
        var b = Encoding.ASCII.GetBytes(cardNumber);
        return enc.TransformFinalBlock(b, 0, b.Length);
    }

    public static string NewCardNumber()
    {
        Span<byte> digits = stackalloc byte[14];
        RandomNumberGenerator.Fill(digits);
        var sb = new StringBuilder("6");
        for (var i = 1; i < 14; i++) sb.Append(digits[i] % 10);
        return WithCheckDigits(sb.ToString());
    }

    public static decimal Balance(decimal loaded, IEnumerable<decimal> spent) => loaded - spent.Sum();
}
