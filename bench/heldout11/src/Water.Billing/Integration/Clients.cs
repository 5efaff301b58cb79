using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Water.Billing.Integration;

public record FieldOrder(string AccountNo, string MeterNo, string Address, string HolderName, string Mobile, string Kind);

/// <summary>SMS through the carrier's enterprise gateway (CMPP-over-HTTP), account + password in the query per their spec.</summary>
public class SmsGateway
{
    private readonly HttpClient _http;
    private readonly IConfiguration _cfg;
    private readonly ILogger<SmsGateway> _logger;

    public SmsGateway(HttpClient http, IConfiguration cfg, ILogger<SmsGateway> logger) { _http = http; _cfg = cfg; _logger = logger; }

    public async Task SendAsync(string mobile, string text)
    {
        var user = _cfg["Sms:Account"];
        var pwd = _cfg["Sms:Password"];
        var ts = DateTime.Now.ToString("MMddHHmmss");
        var sign = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(user + "00000000" + pwd + ts))).ToLowerInvariant();
        var url = $"/sms/send?account={user}&ts={ts}&sign={sign}&mobile={mobile}&content={Uri.EscapeDataString(text)}";
        var resp = await _http.GetAsync(url);
        if (!resp.IsSuccessStatusCode) _logger.LogWarning("sms gateway {Status} for {Url}", resp.StatusCode, url);
    }
}

/// <summary>Real-name filing with the city utility regulator (市公用事业监管平台); HMAC-SHA256 per their API.</summary>
public class GovExchangeClient
{
    private readonly HttpClient _http;
    private readonly IConfiguration _cfg;

    public GovExchangeClient(HttpClient http, IConfiguration cfg) { _http = http; _cfg = cfg; }

    public async Task FileRealNameAsync(string accountNo, string name, string idCard, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new { accountNo, name, idCard, org = "BJSW" });
        var ts = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_cfg["Gov:AppSecret"] ?? ""));
        var sig = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(ts + body)));
        using var req = new HttpRequestMessage(HttpMethod.Post, "/api/v1/realname/file") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        req.Headers.Add("X-Timestamp", ts);
        req.Headers.Add("X-Signature", sig);
        (await _http.SendAsync(req, ct)).EnsureSuccessStatusCode();
    }
}

public class CivilAffairsClient
{
    private const string AppKey = "bjsw_water";
    private const string AppSecret = "KlHPmxKvgjBB44i48ka5ktYr2HdUxWcp";
    private readonly HttpClient _http;

    public CivilAffairsClient(HttpClient http) => _http = http;

    public async Task<bool> ConfirmStatusAsync(string idCard, string name, CancellationToken ct)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var token = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(AppKey + AppSecret + ts))).ToLowerInvariant();
        var resp = await _http.PostAsJsonAsync("/dibao/confirm", new { idCard, name, appKey = AppKey, ts, token }, ct);
        if (!resp.IsSuccessStatusCode) return false;
        var json = await resp.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
        return json.TryGetProperty("confirmed", out var c) && c.GetBoolean();
    }
}

/// <summary>Work orders for the field crews' app (outsourced maintenance contractor).</summary>
public class FieldServiceClient
{
    private readonly HttpClient _http;
    private readonly ILogger<FieldServiceClient> _logger;

    public FieldServiceClient(HttpClient http, ILogger<FieldServiceClient> logger) { _http = http; _logger = logger; }

    public async Task CreateOrderAsync(FieldOrder order, CancellationToken ct)
    {
        var resp = await _http.PostAsJsonAsync("/orders", order, ct);
        if (!resp.IsSuccessStatusCode)
            _logger.LogError("field order failed {Status}: {Order}", resp.StatusCode, order);
    }
}

/// <summary>E-invoice platform (电子发票): SHA-256 over sorted params + secret is their documented scheme.</summary>
public class InvoiceClient
{
    private readonly HttpClient _http;
    private readonly IConfiguration _cfg;

    public InvoiceClient(HttpClient http, IConfiguration cfg) { _http = http; _cfg = cfg; }

    public async Task<string?> IssueAsync(string accountNo, string buyerName, decimal amount, string? email, CancellationToken ct)
    {
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["appid"] = _cfg["Invoice:AppId"] ?? "",
            ["buyer"] = buyerName,
            ["amount"] = amount.ToString("0.00"),
            ["email"] = email ?? "",
            ["ref"] = accountNo,
            ["ts"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(),
        };
        var raw = string.Join("&", p.Select(kv => kv.Key + "=" + kv.Value)) + "&secret=" + _cfg["Invoice:Secret"];
        p["sign"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
        var resp = await _http.PostAsync("/invoice/issue", new FormUrlEncodedContent(p), ct);
        return resp.IsSuccessStatusCode ? await resp.Content.ReadAsStringAsync(ct) : null;
    }
}
