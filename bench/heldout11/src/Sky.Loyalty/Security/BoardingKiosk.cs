using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text;

namespace Sky.Loyalty.Security;

/// <summary>Lounge-access kiosks scan a member QR code: memberNo|tier|expiry|sig.</summary>
public static class LoungeQr
{
    private const string QrSalt = "SKY-LOUNGE-2021";

    public static string Create(string memberNo, int tier, DateTime expiry)
    {
        var body = $"{memberNo}|{tier}|{expiry:yyyyMMddHHmm}";
        return body + "|" + Sign(body);
    }

    public static bool Validate(string qr)
    {
        var i = qr.LastIndexOf('|');
        return i > 0 && Sign(qr[..i]) == qr[(i + 1)..];
    }

    private static string Sign(string body)
        => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(body + QrSalt)))[..16];
}

public static class KioskUtil
{
    /// <summary>Check digit printed under the member number on plastic cards (Luhn mod 10).</summary>
    public static int CardCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>Kiosk offline queue file name.</summary>
    public static string QueueFileName(string payload)
        => Crc32.HashToUInt32(Encoding.UTF8.GetBytes(payload)).ToString("x8") + ".json";

    /// <summary>Idempotency key for a redemption retried by the kiosk.</summary>
    public static string IdempotencyKey(string memberNo, string reward, DateTime at)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{memberNo}:{reward}:{at:yyyyMMddHHmm}")));

    /// <summary>Seat-map cache version for the kiosk UI.</summary>
    public static string SeatMapVersion(byte[] seatMapJson) => Convert.ToHexString(SHA1.HashData(seatMapJson))[..10];
}
