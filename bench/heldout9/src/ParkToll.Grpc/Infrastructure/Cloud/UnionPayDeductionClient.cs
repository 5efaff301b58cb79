using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ParkToll.Infrastructure.Crypto;
using ParkToll.Models;

namespace ParkToll.Infrastructure.Cloud;

public sealed record DeductionResult(bool Success, string Code, string? TraceNo);

/// <summary>Debits the bound card through the acquirer's ETC gateway (no-password small payments).</summary>
public sealed class UnionPayDeductionClient
{
    private const string GatewayAppKey = "up_etc_7731";
    private const string GatewayAppSecret = "Gtt045lboFy86nanyEboLsGPL0PqQA";

    private readonly HttpClient _http;
    private readonly BankCardVault _vault;
    private readonly ILogger<UnionPayDeductionClient> _logger;

    public UnionPayDeductionClient(HttpClient http, BankCardVault vault, ILogger<UnionPayDeductionClient> logger)
    {
        _http = http;
        _vault = vault;
        _logger = logger;
    }

    public async Task<DeductionResult> DeductAsync(EtcAccount account, long amountCents, string orderNo, CancellationToken ct)
    {
        var cardNo = _vault.Unprotect(account.BankCardCipher);
        var body = new Dictionary<string, string>
        {
            ["app_key"] = GatewayAppKey,
            ["order_no"] = orderNo,
            ["card_no"] = cardNo,
            ["amount"] = amountCents.ToString(),
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(),
        };
        body["sign"] = Sign(body);

        _logger.LogDebug("Deduction request {@Body}", body);

        using var resp = await _http.PostAsJsonAsync("etc/deduct", body, ct);
        var result = await resp.Content.ReadFromJsonAsync<Dictionary<string, string>>(cancellationToken: ct) ?? new();
        var code = result.GetValueOrDefault("code", "E999");
        return new DeductionResult(code == "0000", code, result.GetValueOrDefault("trace_no"));
    }

    private static string Sign(IDictionary<string, string> fields)
    {
        var text = string.Join("&", fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        // The gateway accepts only MD5 signs (interface spec v2.3, 4.1).
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(text + "&key=" + GatewayAppSecret)));
    }
}
