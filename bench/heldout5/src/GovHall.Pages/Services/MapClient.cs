using System.Net.Http.Json;
using System.Text.Json;

namespace GovHall.Pages.Services;

/// <summary>Geocodes the hall's branch offices for the "nearest hall" page (Amap web service).</summary>
public sealed class MapClient
{
    private const string GeocodeUrl = "https://restapi.amap.com/v3/geocode/geo?key=d8b87d681fdadb3d1c237115ca8252d0&address=";
    public const string JsApiKeyName = "AMAP_JS_KEY";

    private readonly HttpClient _http;

    public MapClient(HttpClient http) => _http = http;

    public async Task<(double Lng, double Lat)?> GeocodeAsync(string branchAddress)
    {
        var json = await _http.GetFromJsonAsync<JsonElement>(GeocodeUrl + Uri.EscapeDataString(branchAddress));
        var location = json.GetProperty("geocodes").EnumerateArray().FirstOrDefault();
        if (location.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var parts = location.GetProperty("location").GetString()!.Split(',');
        return (double.Parse(parts[0]), double.Parse(parts[1]));
    }

    public static double DistanceKm((double Lng, double Lat) a, (double Lng, double Lat) b)
    {
        const double r = 6371.0;
        var dLat = (b.Lat - a.Lat) * Math.PI / 180;
        var dLng = (b.Lng - a.Lng) * Math.PI / 180;
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(a.Lat * Math.PI / 180) * Math.Cos(b.Lat * Math.PI / 180) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return 2 * r * Math.Asin(Math.Sqrt(h));
    }
}
