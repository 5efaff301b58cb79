using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CreditLoan.Web.Infrastructure;

namespace CreditLoan.Web.Services;

/// <summary>
/// Queries the personal credit report (个人征信报告) through the bureau's front-end processor.
/// The applicant authorised the query on the application form (授权书).
/// </summary>
public sealed class CreditBureauClient
{
    private readonly HttpClient _http;
    private readonly ILogger<CreditBureauClient> _logger;
    private readonly string _orgCode;
    private readonly string _signSecret;

    public CreditBureauClient(HttpClient http, IConfiguration config, ILogger<CreditBureauClient> logger)
    {
        _http = http;
        _logger = logger;
        _orgCode = config["CreditBureau:OrgCode"]!;
        _signSecret = config["CreditBureau:SignSecret"] ?? throw new InvalidOperationException("CreditBureau:SignSecret missing");
    }

    public async Task<CreditReport?> QueryAsync(string name, string idCardNo, string mobile, string reason, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new { name, idNo = idCardNo, mobile, queryReason = reason, orgCode = _orgCode });
        var encrypted = Sm4Helper.EncryptForBureau(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        var sign = Sign(_orgCode + timestamp + encrypted);

        _logger.LogDebug("Bureau request for {Name} {IdCardNo}: {Body}", name, idCardNo, body);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v2/report/query")
        {
            Content = JsonContent.Create(new { orgCode = _orgCode, timestamp, data = encrypted, sign }),
        };
        using var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            LoanLog.BureauQueryFailed(_logger, mobile, response.StatusCode.ToString());
            return null;
        }

        var envelope = await response.Content.ReadFromJsonAsync<BureauEnvelope>(cancellationToken: ct);
        var json = Sm4Helper.DecryptFromBureau(envelope!.Data);
        _logger.LogInformation("Bureau answered {Length} bytes in {Elapsed} ms", json.Length, envelope.ElapsedMs);
        _logger.LogTrace("Bureau report: {Report}", json);
        return JsonSerializer.Deserialize<CreditReport>(json);
    }

    /// <summary>HMAC-SM3 would be nicer; the bureau spec v2 says HMAC-SHA256 over orgCode+timestamp+data.</summary>
    private string Sign(string payload)
    {
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_signSecret));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
    }

    private sealed record BureauEnvelope(string Code, string Data, long ElapsedMs);
}

public sealed class CreditReport
{
    public string ReportNo { get; set; } = "";
    public int Score { get; set; }
    public int OverdueAccounts { get; set; }
    public int QueriesLast6Months { get; set; }
    public decimal TotalDebt { get; set; }
    public bool HasBadDebt { get; set; }
}
