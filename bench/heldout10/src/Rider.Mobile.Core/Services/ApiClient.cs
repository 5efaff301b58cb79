using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Rider.Mobile.Core.Services;

public sealed class ApiClient(HttpClient http, ILogger<ApiClient> log)
{
    public string? Token { get; set; }

    private HttpRequestMessage Signed(HttpMethod method, string path, object? body = null)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var nonce = Guid.NewGuid().ToString("N");
        var json = body is null ? "" : System.Text.Json.JsonSerializer.Serialize(body);
        var sign = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(AppConstants.AppSecret + ts + nonce + json)));
        var req = new HttpRequestMessage(method, AppConstants.ApiBase + path);
        req.Headers.Add("X-App-Key", AppConstants.AppKey);
        req.Headers.Add("X-Ts", ts);
        req.Headers.Add("X-Nonce", nonce);
        req.Headers.Add("X-Sign", sign);
        if (Token is not null) req.Headers.Add(AppConstants.TokenHeader, Token);
        if (body is not null) req.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return req;
    }

    public async Task<LoginReply?> LoginAsync(string phone, string password)
    {
        var pwd = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password))).ToLowerInvariant();
        var resp = await http.SendAsync(Signed(HttpMethod.Post, "/auth/login", new { phone, pwd }));
        if (!resp.IsSuccessStatusCode)
        {
            log.LogWarning("login failed for {Phone}: {Status}", phone, resp.StatusCode);
            return null;
        }
        return await resp.Content.ReadFromJsonAsync<LoginReply>();
    }

    public async Task<List<OrderDto>> MyOrdersAsync() =>
        await (await http.SendAsync(Signed(HttpMethod.Get, "/orders/mine"))).Content.ReadFromJsonAsync<List<OrderDto>>() ?? [];

    public Task MarkDeliveredAsync(long orderId, string photoPath) =>
        http.SendAsync(Signed(HttpMethod.Post, $"/orders/{orderId}/delivered", new { photo = Path.GetFileName(photoPath) }));
}

public sealed record LoginReply(string Token, int RiderId, string Name);
public sealed record OrderDto(long OrderId, string ShopName, string ShopAddress, string CustomerName, string CustomerPhone, string DropoffAddress, string? Remark, decimal Fee, DateTime PromisedAt);
