using System.Net.Http.Json;
using Rental.Keeper.Models;

namespace Rental.Keeper.Services;

/// <summary>
/// 智能门锁：下发临时密码、冻结（欠租）
/// </summary>
public class LockService
{
    private readonly HttpClient _http;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly Action<string> _log;

    public LockService(string baseUrl, string clientId, string clientSecret, Action<string> log)
    {
        _http = new HttpClient { BaseAddress = new Uri(baseUrl.TrimEnd('/') + "/") };
        _clientId = clientId;
        _clientSecret = clientSecret;
        _log = log;
    }

    public async Task<string> IssueTempPasswordAsync(Room room, Tenant tenant, DateTime until)
    {
        var token = await TokenAsync();
        var pwd = Random.Shared.Next(100000, 999999).ToString();
        var resp = await _http.PostAsJsonAsync($"lock/{room.LockId}/keyboardPwd?access_token={token}", new
        {
            keyboardPwd = pwd,
            startDate = DateTimeOffset.Now.ToUnixTimeMilliseconds(),
            endDate = new DateTimeOffset(until).ToUnixTimeMilliseconds(),
            name = tenant.Mobile
        });
        _log($"门锁 {room.Building}-{room.RoomNo} 下发密码 {pwd} 给 {tenant.Name} {tenant.Mobile}");
        return resp.IsSuccessStatusCode ? pwd : throw new InvalidOperationException($"门锁下发失败 {room.LockId}");
    }

    public async Task FreezeAsync(Room room, string reason)
    {
        var token = await TokenAsync();
        await _http.PostAsync($"lock/{room.LockId}/freeze?access_token={token}", null);
        _log($"门锁 {room.Building}-{room.RoomNo} 已冻结：{reason}");
    }

    private async Task<string> TokenAsync()
    {
        var resp = await _http.PostAsync("oauth2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = _clientId,
            ["client_secret"] = _clientSecret,
            ["grant_type"] = "client_credentials"
        }));
        var doc = await resp.Content.ReadFromJsonAsync<Dictionary<string, object>>();
        return doc?["access_token"]?.ToString() ?? "";
    }
}
