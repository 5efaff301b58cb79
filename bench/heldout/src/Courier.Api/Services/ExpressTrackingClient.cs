using System.Text.Json;
using Common.Infrastructure.Security;
using SwiftRoute.Courier.Api.Models;

namespace SwiftRoute.Courier.Api.Services;

/// <summary>
/// Partner tracking (快递100 style) for parcels handed over to other carriers.
/// </summary>
public sealed class ExpressTrackingClient(IHttpClientFactory factory, IConfiguration config, ILogger<ExpressTrackingClient> logger)
{
    private static readonly string Customer = "A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6";
    private readonly string _key = config["Tracking:Key"] ?? throw new InvalidOperationException("Tracking:Key missing");

    public async Task<IReadOnlyList<TrackingEvent>> QueryAsync(string waybillNo)
    {
        var param = JsonSerializer.Serialize(new { com = "auto", num = waybillNo });
        var sign = SignatureHelper.SignV2(new Dictionary<string, string> { ["param"] = param, ["customer"] = Customer }, _key);
        var client = factory.CreateClient("kuaidi100");
        var response = await client.PostAsync("https://poll.kuaidi100.com/poll/query.do", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["customer"] = Customer,
            ["sign"] = sign,
            ["param"] = param,
        }));
        var body = await response.Content.ReadAsStringAsync();
        logger.LogDebug("Tracking {WaybillNo}: HTTP {Status}", waybillNo, (int)response.StatusCode);
        var doc = JsonDocument.Parse(body);
        return doc.RootElement.TryGetProperty("data", out var data)
            ? data.EnumerateArray().Select(e => new TrackingEvent(waybillNo, e.GetProperty("areaName").GetString() ?? "", e.GetProperty("context").GetString() ?? "", DateTimeOffset.Parse(e.GetProperty("time").GetString()!))).ToList()
            : Array.Empty<TrackingEvent>();
    }
}
