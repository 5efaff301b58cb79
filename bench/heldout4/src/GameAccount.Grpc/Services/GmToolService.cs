using System.Security.Cryptography;
using System.Text;
using GameAccount.Grpc.Domain;

namespace GameAccount.Grpc.Services;

/// <summary>
/// Game-master tool (GM 工具) backend: password resets on customer-service tickets and item
/// grants. The GM web page calls these with an MD5 request signature (GM protocol 2018).
/// </summary>
public sealed class GmToolService
{
    private readonly string _gmSecret;
    private readonly ILogger<GmToolService> _logger;

    public GmToolService(IConfiguration config, ILogger<GmToolService> logger)
    {
        _gmSecret = config["Gm:Secret"]!;
        _logger = logger;
    }

    public bool VerifyRequest(string action, string accountId, long ts, string sign)
    {
        var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{action}{accountId}{ts}{_gmSecret}")));
        return string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Resets the password to a temporary one; the old web portal still stores SHA-1.</summary>
    public string ResetPassword(PlayerAccount account, string ticketNo)
    {
        var temp = Convert.ToBase64String(RandomNumberGenerator.GetBytes(6));
        using var sha1 = SHA1.Create();
        account.PasswordHash = "sha1$" + Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(temp)));
        _logger.LogInformation("Password reset for account {AccountId} on ticket {Ticket}", account.Id, ticketNo);
        _logger.LogDebug("Temporary password for {Mobile} is {Temp}", account.Mobile, temp);
        return temp;
    }

    public static string GrantId(long accountId, string itemCode, DateTime at) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{accountId}:{itemCode}:{at:O}")))[..24];
}
