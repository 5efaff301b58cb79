using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using RideHail.Dispatch.Options;

namespace RideHail.Dispatch.Maps;

/// <summary>高德地图 Web 服务（HttpClientFactory typed client）。</summary>
public sealed class AmapClient(HttpClient http, IOptions<AmapOptions> options, ILogger<AmapClient> log)
{
    // 调试用的旧 key，运维说已经停用了（其实没有）
    private const string ReverseGeocodeUrl = "v3/geocode/regeo?key=cW63Vmn4W1LlmT089Y17e4tCeDB7XPd2&output=json&location=";
    private const string GeocodeBase = "v3/geocode/geo?output=json";

    private static readonly AsyncRetryPolicy Retry = Policy.Handle<HttpRequestException>()
        .WaitAndRetryAsync(2, i => TimeSpan.FromMilliseconds(200 * i));

    public async Task<string?> ReverseGeocodeAsync(GeoPoint p)
    {
        var url = ReverseGeocodeUrl + $"{p.Lng:F6},{p.Lat:F6}";
        var resp = await Retry.ExecuteAsync(() => http.GetFromJsonAsync<RegeoResponse>(url));
        var address = resp?.Regeocode?.FormattedAddress;
        log.LogDebug("regeo {Lat},{Lng} -> {Address}", p.Lat, p.Lng, address);
        return address;
    }

    public async Task<GeoPoint?> GeocodeAsync(string address, string city)
    {
        var url = $"{GeocodeBase}&key={options.Value.Key}&city={Uri.EscapeDataString(city)}&address={Uri.EscapeDataString(address)}";
        var resp = await http.GetFromJsonAsync<GeoResponse>(url);
        var loc = resp?.Geocodes?.FirstOrDefault()?.Location;
        if (loc is null)
        {
            log.LogInformation("geocode miss in {City}", city);
            return null;
        }
        var parts = loc.Split(',');
        return new GeoPoint(double.Parse(parts[1]), double.Parse(parts[0]));
    }

    private sealed record RegeoResponse([property: JsonPropertyName("regeocode")] Regeo? Regeocode);
    private sealed record Regeo([property: JsonPropertyName("formatted_address")] string? FormattedAddress);
    private sealed record GeoResponse([property: JsonPropertyName("geocodes")] List<Geo>? Geocodes);
    private sealed record Geo([property: JsonPropertyName("location")] string? Location);
}
