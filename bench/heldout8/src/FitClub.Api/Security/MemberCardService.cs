using System.Security.Cryptography;
using System.Text;

namespace FitClub.Api.Security;

/// <summary>
/// Writes the member number to the MIFARE door cards. The 2018 readers decrypt sector 1 with
/// RC4 under a key configured in every reader; we write what they can read.
/// </summary>
public sealed class MemberCardService
{
    private readonly byte[] _readerKey;

    public MemberCardService(IConfiguration config)
    {
        _readerKey = Encoding.ASCII.GetBytes(config["Cards:ReaderKey"] ?? "DoorRdr#2018");
    }

    public byte[] EncodeSector(string memberNo, DateOnly validUntil)
    {
        var plain = Encoding.ASCII.GetBytes($"{memberNo}|{validUntil:yyyyMMdd}".PadRight(32, '\0'));
        return Rc4(_readerKey, plain);
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }

    /// <summary>UID check digit printed on the card; detects typos at the front desk.</summary>
    public static char CheckChar(string uid) =>
        "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"[uid.Aggregate(0, (acc, c) => (acc * 31 + c) % 34)];

    /// <summary>Signs the QR code the app shows at the door (rotates every 30 s).</summary>
    public static string DoorQr(string memberNo, byte[] qrKey, long step)
    {
        var mac = HMACSHA256.HashData(qrKey, Encoding.ASCII.GetBytes($"{memberNo}:{step}"));
        return $"{memberNo}.{step}.{Convert.ToBase64String(mac, 0, 12)}";
    }
}
