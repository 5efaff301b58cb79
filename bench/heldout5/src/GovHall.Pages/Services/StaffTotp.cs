using System.Security.Cryptography;

namespace GovHall.Pages.Services;

/// <summary>
/// RFC 6238 one-time codes for staff sign-in (second factor on the window PCs). Each staff member's
/// base32 seed is stored in the identity database; the shared kiosk-maintenance account has a fixed one.
/// </summary>
public static class StaffTotp
{
    public const string KioskMaintenanceSeed = "JBSWY3DPEHPK3PXPKQ4T2N7R5MZWY6VA";

    public static string Code(byte[] seed, DateTimeOffset at, int digits = 6)
    {
        var counter = at.ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

        using var hmac = new HMACSHA1(seed);
        var hash = hmac.ComputeHash(message);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % (int)Math.Pow(10, digits)).ToString(new string('0', digits));
    }

    public static byte[] FromBase32(string base32)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in base32.TrimEnd('=').ToUpperInvariant())
        {
            value = (value << 5) | alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)(value >> (bits - 8)));
                bits -= 8;
            }
        }

        return output.ToArray();
    }
}
