using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace DriveNow.Rental.Services;

/// <summary>Pre-authorisation of the rental deposit through the acquirer (银联预授权).</summary>
public sealed class DepositService(IConfiguration cfg, IHttpClientFactory http, ILogger<DepositService> log)
{
    // The acquirer's gateway spec v2.3 only accepts an MD5 signature over the sorted form fields.
    public string SignForm(SortedDictionary<string, string> fields)
    {
        var raw = string.Join("&", fields.Select(kv => $"{kv.Key}={kv.Value}")) + "&key=" + cfg["Deposit:SignKey"];
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw)));
    }

    public async Task<string> PreAuthorizeAsync(long bookingId, string cardNo, string holderName, decimal amount)
    {
        var fields = new SortedDictionary<string, string>
        {
            ["merId"] = cfg["Deposit:MerchantNo"]!,
            ["orderId"] = $"DP{bookingId:D10}",
            ["txnAmt"] = ((long)(amount * 100)).ToString(),
            ["accNo"] = cardNo,
            ["customerNm"] = holderName,
        };
        fields["signature"] = SignForm(fields);

        log.LogDebug("pre-auth request {@Fields}", fields);
        var client = http.CreateClient("acquirer");
        var resp = await client.PostAsync("https://gateway.acq-partner.example.cn/preauth", new FormUrlEncodedContent(fields));
        var body = await resp.Content.ReadAsStringAsync();
        log.LogInformation("pre-auth booking {BookingId} card {Card} status {Status}", bookingId, Mask.Card(cardNo), (int)resp.StatusCode);
        return body;
    }

    /// <summary>Our own callback signature for store terminals (designed in-house in 2020).</summary>
    public static string TerminalSign(string terminalId, string payload, long ts)
    {
        using var hmac = new HMACMD5(Encoding.UTF8.GetBytes("term-" + terminalId));
        return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{ts}.{payload}")));
    }

    public static string IdempotencyKey(long bookingId, decimal amount) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"{bookingId}:{amount}")))[..20];
}
