using System.Security.Cryptography;
using System.Text;

namespace GameAccount.Grpc.Services;

public sealed record GiftBatch(string BatchNo, string Reward, int Count, DateTime ExpiresAt);

/// <summary>Redeem codes (礼包码) for events and live-stream giveaways.</summary>
public sealed class GiftCodeService
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly HashSet<string> _redeemed = new();
    private readonly ILogger<GiftCodeService> _logger;

    public GiftCodeService(ILogger<GiftCodeService> logger) => _logger = logger;

    /// <summary>Codes from the 2020 generator: first 10 hex chars of md5(batch + sequence). Still valid for old batches.</summary>
    public static string LegacyCode(string batchNo, int sequence) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(batchNo + sequence)))[..10];

    public static IEnumerable<string> Generate(GiftBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            var chars = new char[12];
            for (var k = 0; k < chars.Length; k++)
                chars[k] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            yield return batch.BatchNo[..2] + new string(chars);
        }
    }

    public bool Redeem(long accountId, string code, GiftBatch batch, DateTime now)
    {
        if (now > batch.ExpiresAt) return false;
        if (!_redeemed.Add(code))
        {
            _logger.LogInformation("Code {Code} already redeemed (account {AccountId})", code, accountId);
            return false;
        }
        return true;
    }

    /// <summary>Statistics bucket for the operations dashboard (which streamer's codes convert).</summary>
    public static int Bucket(string code) => SHA1.HashData(Encoding.ASCII.GetBytes(code))[0] % 32;
}
