using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace Rider.Dispatch.Services;

/// <summary>Daily accident insurance for riders who go online (骑手意外险日保单).</summary>
public sealed class InsuranceClient(IHttpClientFactory http, IConfiguration cfg, ILogger<InsuranceClient> log)
{
    public async Task<string?> InsureTodayAsync(int riderId, string name, string idCardNo, string phone)
    {
        var payload = new { channel = cfg["Insurance:Channel"], name, idCardNo, phone, date = DateTime.Today.ToString("yyyy-MM-dd") };
        var json = System.Text.Json.JsonSerializer.Serialize(payload);
        var sig = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(cfg["Insurance:Secret"]!), Encoding.UTF8.GetBytes(json)));
        var req = new HttpRequestMessage(HttpMethod.Post, "https://openapi.insurer-partner.example.com/policy/daily")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        req.Headers.Add("X-Signature", sig);
        var resp = await http.CreateClient().SendAsync(req);
        if (!resp.IsSuccessStatusCode)
        {
            var err = await resp.Content.ReadAsStringAsync();
            throw new HttpRequestException($"insurer refused rider {riderId} {name} ({idCardNo}): {err}");
        }
        var policy = await resp.Content.ReadFromJsonAsync<PolicyReply>();
        log.LogInformation("rider {RiderId} insured, policy {PolicyNo}", riderId, policy?.PolicyNo);
        return policy?.PolicyNo;
    }

    private sealed record PolicyReply(string PolicyNo, decimal Premium);
}
