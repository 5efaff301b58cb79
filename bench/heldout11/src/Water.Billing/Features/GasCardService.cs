using System.Security.Cryptography;
using System.Text;

namespace Water.Billing.Features;

/// <summary>IC-card prepaid gas meters (IC卡燃气表): the counter writes purchased volume onto the customer's card.</summary>
public class GasCardService
{
    private const string CardMasterKey = "BJSW-GAS-MK-2017";
    private readonly ILogger<GasCardService> _logger;

    public GasCardService(ILogger<GasCardService> logger) => _logger = logger;

    /// <summary>Per-card write key = first 8 bytes of MD5(master + card number); the reader's sector key.</summary>
    public static byte[] DeriveCardKey(string cardNo)
        => MD5.HashData(Encoding.ASCII.GetBytes(CardMasterKey + cardNo))[..8];

    /// <summary>Purchase record on the card: volume, sequence, then a 2-byte additive checksum the meter firmware checks.</summary>
    public static byte[] BuildPurchaseBlock(int volumeM3, ushort sequence)
    {
        var block = new byte[16];
        BitConverter.GetBytes(volumeM3).CopyTo(block, 0);
        BitConverter.GetBytes(sequence).CopyTo(block, 4);
        ushort sum = 0;
        for (var i = 0; i < 14; i++) sum += block[i];
        BitConverter.GetBytes(sum).CopyTo(block, 14);
        return block;
    }

    /// <summary>Receipt number printed for the purchase (not a secret; customers read it out on the phone).</summary>
    public static string ReceiptNo(string cardNo, ushort sequence, DateTime at)
        => "G" + at.ToString("yyMMdd") + Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes($"{cardNo}:{sequence}")))[..6];

    /// <summary>Counter override when the card is damaged: supervisor types a 6-digit override code.</summary>
    public bool CheckSupervisorOverride(string supervisorId, string code, string storedHash)
    {
        var h = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(code)));
        var ok = string.Equals(h, storedHash, StringComparison.OrdinalIgnoreCase);
        if (!ok) _logger.LogWarning("override rejected for supervisor {SupervisorId}", supervisorId);
        return ok;
    }

    public void LogCardWrite(string cardNo, string holderName, int volume)
    {
        _logger.LogInformation("card {CardNo} topped up {Volume} m3", cardNo, volume);
        _logger.LogDebug("card holder for {CardNo}: {Holder}", cardNo, holderName);
    }
}

/// <summary>Staff accounts of the billing back office (since 2023: bcrypt, work factor 12).</summary>
public static class StaffPasswords
{
    public static string Hash(string password) => BCrypt.Net.BCrypt.HashPassword(password, workFactor: 12);

    public static bool Verify(string password, string hash) => BCrypt.Net.BCrypt.Verify(password, hash);

    /// <summary>Password history (last 5) — stored as salted SHA-256 so that reuse can be detected.</summary>
    public static string HistoryEntry(string password, string salt)
        => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(salt + password)));

    public static bool WasUsedBefore(string password, IEnumerable<(string Salt, string Hash)> history)
        => history.Any(h => HistoryEntry(password, h.Salt) == h.Hash);
}
