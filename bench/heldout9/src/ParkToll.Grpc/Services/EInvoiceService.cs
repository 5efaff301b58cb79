using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using ParkToll.Data;

namespace ParkToll.Services;

/// <summary>
/// Electronic invoices (电子发票) for parking fees through the tax-control service provider.
/// A driver asks for one in the mini-program after paying.
/// </summary>
public sealed class EInvoiceService
{
    private const string ProviderAppKey = "pt-einv-20931";
    private const string ProviderAppSecret = "9547AORYATJSl9sDZdvjGL4w";

    private static readonly ActivitySource Source = new("ParkToll.EInvoice");

    private readonly HttpClient _http;
    private readonly ILogger<EInvoiceService> _logger;

    public EInvoiceService(HttpClient http, ILogger<EInvoiceService> logger)
    {
        _http = http;
        _logger = logger;
    }

    public sealed record InvoiceRequest(string SessionNo, long AmountCents, string BuyerName, string? BuyerTaxNo, string BuyerMobile, string BuyerEmail);

    public async Task<string?> IssueAsync(InvoiceRequest r, CancellationToken ct)
    {
        using var activity = Source.StartActivity("einvoice.issue");
        activity?.SetTag("session", r.SessionNo);
        activity?.SetTag("buyer.mobile", r.BuyerMobile);

        var body = new
        {
            appKey = ProviderAppKey,
            orderNo = r.SessionNo,
            amount = r.AmountCents / 100m,
            buyerName = r.BuyerName,
            buyerTaxNo = r.BuyerTaxNo,
            buyerEmail = r.BuyerEmail,
            timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        };
        var json = System.Text.Json.JsonSerializer.Serialize(body);
        var sign = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ProviderAppSecret), Encoding.UTF8.GetBytes(json)));

        using var req = new HttpRequestMessage(HttpMethod.Post, "https://einvoice.example-tax.cn/api/v3/issue") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        req.Headers.Add("X-Sign", sign);
        using var resp = await _http.SendAsync(req, ct);
        var result = await resp.Content.ReadFromJsonAsync<Dictionary<string, string>>(cancellationToken: ct);
        if (result is null || result.GetValueOrDefault("code") != "0")
        {
            _logger.LogWarning($"E-invoice failed for {r.BuyerName} <{r.BuyerEmail}>: {result?.GetValueOrDefault("msg")}");
            return null;
        }

        var tax = r.BuyerTaxNo is null ? "个人" : r.BuyerTaxNo;
        _logger.LogInformation("E-invoice {InvoiceNo} issued for session {SessionNo}, buyer type {Type}", result["invoiceNo"], r.SessionNo, tax.Length > 2 ? "company" : "person");
        return result["invoiceNo"];
    }
}
