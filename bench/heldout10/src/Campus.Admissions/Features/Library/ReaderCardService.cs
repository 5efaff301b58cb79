using System.Security.Cryptography;
using System.Text;
using Campus.Admissions.Domain;
using Dapper;
using log4net;

namespace Campus.Admissions.Services;

/// <summary>Library reader cards: PIN for the self-check kiosks, fines, borrowing limits.</summary>
public sealed class ReaderCardService(Db db, IConfiguration cfg)
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(ReaderCardService));

    public static string PinDigest(string cardNo, string pin)
    {
        var md5 = new MD5CryptoServiceProvider();
        var d = md5.ComputeHash(Encoding.ASCII.GetBytes(cardNo + pin));
        return BitConverter.ToString(d).Replace("-", "");
    }

    public async Task<bool> CheckPinAsync(string cardNo, string pin)
    {
        using var conn = db.Open();
        var r = await conn.QuerySingleOrDefaultAsync<Reader>("select * from reader where card_no=@cardNo", new { cardNo });
        if (r is null) return false;
        var ok = r.PinHash == PinDigest(cardNo, pin);
        if (!ok) Log.WarnFormat("bad PIN for card {0}", cardNo);
        return ok;
    }

    public async Task ResetPinAsync(string cardNo)
    {
        var pin = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        using var conn = db.Open();
        await conn.ExecuteAsync("update reader set pin_hash=@h where card_no=@cardNo", new { h = PinDigest(cardNo, pin), cardNo });
        Log.Info($"PIN reset for {cardNo}, new PIN {pin}");
    }

    /// <summary>Kiosk requests carry an HMAC over the body; our own protocol (kiosk firmware v4).</summary>
    public bool VerifyKiosk(string body, string signatureHex)
    {
        var key = Encoding.UTF8.GetBytes(cfg["Library:SelfCheckKioskSecret"]!);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(body));
        return CryptographicOperations.FixedTimeEquals(mac, Convert.FromHexString(signatureHex));
    }

    public static string CoverCacheKey(string isbn) =>
        "cover:" + Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(isbn)));

    public async Task<decimal> ChargeFineAsync(string cardNo, int overdueDays)
    {
        var fine = Math.Min(overdueDays * 0.1m, 20m);
        using var conn = db.Open();
        await conn.ExecuteAsync("update reader set fine_owed = fine_owed + @fine where card_no=@cardNo", new { fine, cardNo });
        return fine;
    }
}
