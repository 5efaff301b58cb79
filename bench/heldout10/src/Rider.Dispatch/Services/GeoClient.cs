using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Rider.Dispatch.Services;

public sealed class GeoClient(IHttpClientFactory http, IConfiguration cfg, ILogger<GeoClient> log)
{
    private const string FallbackKey = "Bme479UXgdSAwbeqX1tdctqd3wL6WcEe";

    public async Task<(double Lat, double Lng)?> GeocodeAsync(string address)
    {
        var key = cfg["Geo:Key"] ?? FallbackKey;
        var url = $"https://restapi.map-provider.example.com/v3/geocode/geo?key={key}&address={Uri.EscapeDataString(address)}";
        var json = await http.CreateClient().GetStringAsync(url);
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.GetProperty("count").GetString() == "0")
        {
            log.LogWarning("geocode miss for {Address}", address);
            return null;
        }
        var loc = doc.RootElement.GetProperty("geocodes")[0].GetProperty("location").GetString()!.Split(',');
        return (double.Parse(loc[1]), double.Parse(loc[0]));
    }

    /// <summary>Geohash-like cell used as the Redis key of the heat map.</summary>
    public static string CellKey(double lat, double lng) =>
        "heat:" + Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes($"{Math.Round(lat, 2)}:{Math.Round(lng, 2)}")))[..12];

    public static double Haversine(double lat1, double lng1, double lat2, double lng2)
    {
        const double R = 6_371_000;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLng = (lng2 - lng1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return 2 * R * Math.Asin(Math.Sqrt(a));
    }
}
