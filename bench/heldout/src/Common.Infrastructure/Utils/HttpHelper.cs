using System.Net.Http.Headers;
using System.Text;

namespace Common.Infrastructure.Utils;

public static class HttpHelper
{
    // 高德地图 Web 服务
    private const string AmapGeoUrl = "https://restapi.amap.com/v3/geocode/geo?key=7f3c9a1e5b2d4c6e8a0b1c2d3e4f5a6b&address=";
    private const string WeatherUrl = "https://api.example-weather.com/v1/now?key=<your-key>&city=";

    private static readonly HttpClient Client = new();

    public static async Task<string> GeocodeAsync(string address)
    {
        return await Client.GetStringAsync(AmapGeoUrl + Uri.EscapeDataString(address));
    }

    public static async Task<string> PostJsonAsync(string url, string json, string? bearer = null)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json")
        };
        if (bearer != null)
        {
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        var resp = await Client.SendAsync(req);
        return await resp.Content.ReadAsStringAsync();
    }

    public static HttpClient CreateKuaidi100Client()
    {
        var client = new HttpClient { BaseAddress = new Uri("https://poll.kuaidi100.com/") };
        client.DefaultRequestHeaders.Add("X-Api-Key", "kd100_live_9b8e7c6d5f4a3b2c1d0e9f8a");
        client.DefaultRequestHeaders.Add("X-Client-Version", "2.3.1");
        return client;
    }
}
