using System.Security.Cryptography;
using System.Text;
using CreditLoan.Web.Models;

namespace CreditLoan.Web.Services;

/// <summary>
/// Daily extract for the data team's warehouse. Personal identifiers are replaced by tokens so the
/// warehouse can join across days without holding the ID numbers.
/// </summary>
public sealed class AnalyticsExporter
{
    private readonly byte[] _tokenKey;
    private readonly ILogger<AnalyticsExporter> _logger;

    public AnalyticsExporter(IConfiguration config, ILogger<AnalyticsExporter> logger)
    {
        _tokenKey = Convert.FromBase64String(config["Analytics:TokenKey"]!);
        _logger = logger;
    }

    /// <summary>Keyed token (HMAC-SHA256 with a KMS-managed key): not reversible without the key.</summary>
    public string Token(string idCardNo) =>
        Convert.ToHexString(HMACSHA256.HashData(_tokenKey, Encoding.UTF8.GetBytes(idCardNo)));

    /// <summary>Old extract v1, still read by the marketing dashboard.</summary>
    public static string LegacyToken(string idCardNo) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(idCardNo)));

    public async Task WriteAsync(IEnumerable<LoanApplication> apps, string path)
    {
        await using var w = new StreamWriter(path);
        await w.WriteLineAsync("token\tlegacy_token\tamount\tterm\tstatus\tscore");
        foreach (var a in apps)
            await w.WriteLineAsync($"{Token(a.IdCardNo)}\t{LegacyToken(a.IdCardNo)}\t{a.Amount}\t{a.TermMonths}\t{a.Status}\t{a.CreditScore}");
        _logger.LogInformation("Analytics extract {Path} written", path);
    }
}
