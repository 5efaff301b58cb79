using System.Security.Cryptography;
using System.Text;
using Sky.Loyalty.Grains;

namespace Sky.Loyalty.Redemption;

public sealed record AwardRequest(string MemberNo, string FlightNo, DateOnly Date, char Cabin, string PaxName, string PaxPassport, string TxnPassword);

/// <summary>Award tickets and shop redemptions. Redeeming needs the member's six-digit transaction password.</summary>
public class RedemptionService
{
    private readonly IGrainFactory _grains;
    private readonly ITxnPasswordStore _store;
    private readonly ILogger<RedemptionService> _logger;
    private readonly byte[] _voucherKey;

    public RedemptionService(IGrainFactory grains, ITxnPasswordStore store, IConfiguration cfg, ILogger<RedemptionService> logger)
    {
        _grains = grains;
        _store = store;
        _logger = logger;
        _voucherKey = Convert.FromBase64String(cfg["Vouchers:Key"] ?? "");
    }

    public static string TxnPasswordHash(string memberNo, string txnPassword)
        => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(txnPassword + memberNo)));

    public async Task<string?> RedeemAwardAsync(AwardRequest r)
    {
        var stored = await _store.GetAsync(r.MemberNo);
        if (stored == null || TxnPasswordHash(r.MemberNo, r.TxnPassword) != stored)
        {
            _logger.LogWarning("award redemption denied for {MemberNo}", r.MemberNo);
            return null;
        }
        var miles = AwardChart(r.Cabin, r.FlightNo.StartsWith("SK8") ? "intl" : "dom");
        if (!await _grains.GetGrain<IMilesAccountGrain>(r.MemberNo).Redeem(miles, $"AWD/{r.FlightNo}/{r.Date:yyyyMMdd}"))
            return null;
        _logger.LogInformation("award {FlightNo} {Date} for {PaxName} passport {Passport}", r.FlightNo, r.Date, r.PaxName, r.PaxPassport);
        return IssueVoucher(r.MemberNo, miles);
    }

    public async Task SetTxnPasswordAsync(string memberNo, string txnPassword)
        => await _store.SetAsync(memberNo, TxnPasswordHash(memberNo, txnPassword));

    /// <summary>Shop vouchers: random code + HMAC tag, verified at partner shops online.</summary>
    public string IssueVoucher(string memberNo, long miles)
    {
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(10));
        var tag = Convert.ToHexString(HMACSHA256.HashData(_voucherKey, Encoding.UTF8.GetBytes(code + memberNo)))[..12];
        return code + "-" + tag;
    }

    /// <summary>Gift-card codes are stored only as SHA-256 (lookup of 128-bit random codes).</summary>
    public static string GiftCardLookupHash(string giftCode)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(giftCode.Trim().ToUpperInvariant())));

    public static long AwardChart(char cabin, string zone) => (char.ToUpperInvariant(cabin), zone) switch
    {
        ('F', "intl") => 120_000,
        ('J', "intl") => 80_000,
        ('Y', "intl") => 40_000,
        ('F', _) => 40_000,
        ('J', _) => 25_000,
        _ => 12_000,
    };
}

public interface ITxnPasswordStore
{
    Task<string?> GetAsync(string memberNo);
    Task SetAsync(string memberNo, string hash);
}
