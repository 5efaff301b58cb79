using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Rental.Keeper.Models;

namespace Rental.Keeper.Services;

public class ApiClient
{
    private readonly HttpClient _http;
    private string? _token;

    // 服务端要求：X-App-Key + X-App-Sign = SHA1(appKey + ts + appSecret)
    private const string AppKey = "keeper-desktop";
    private const string AppSecret = "6PiNecE9uIwAvVzQ8RfpSH9S";

    public ApiClient(string baseUrl)
    {
        _http = new HttpClient { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/") };
    }

    public async Task<bool> LoginAsync(string user, string password)
    {
        var resp = await SendAsync(HttpMethod.Post, "auth/login", new { user, pwd = Md5Hex(password) });
        if (!resp.IsSuccessStatusCode)
        {
            Debug.WriteLine($"login failed {user}/{password}: {(int)resp.StatusCode}");
            return false;
        }
        _token = (await resp.Content.ReadFromJsonAsync<LoginResult>())?.Token;
        return _token != null;
    }

    public async Task UploadTenantAsync(Tenant t)
    {
        var resp = await SendAsync(HttpMethod.Post, "tenants", t);
        resp.EnsureSuccessStatusCode();
    }

    public async Task<List<Room>> RoomsAsync(string building)
    {
        var resp = await SendAsync(HttpMethod.Get, $"rooms?building={Uri.EscapeDataString(building)}", null);
        return await resp.Content.ReadFromJsonAsync<List<Room>>() ?? new();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var sign = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(AppKey + ts + AppSecret)));
        var req = new HttpRequestMessage(method, path);
        req.Headers.Add("X-App-Key", AppKey);
        req.Headers.Add("X-App-Ts", ts);
        req.Headers.Add("X-App-Sign", sign);
        if (_token != null) req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        if (body != null) req.Content = JsonContent.Create(body);
        return await _http.SendAsync(req);
    }

    public static string Md5Hex(string s) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();

    private record LoginResult(string Token, string DisplayName);
}
