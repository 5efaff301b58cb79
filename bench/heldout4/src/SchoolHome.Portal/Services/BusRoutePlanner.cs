using System.Net.Http.Json;
using System.Text.Json;
using SchoolHome.Portal.Data;

namespace SchoolHome.Portal.Services;

public sealed record BusStop(string Name, double Lng, double Lat);

/// <summary>School bus (校车) route planning: geocodes home addresses and groups children by nearest stop.</summary>
public sealed class BusRoutePlanner
{
    private const string AmapGeocodeUrl = "https://restapi.amap.com/v3/geocode/geo?key=tznn2keSriyRPwHaEbUOolLr7GG4GWIm&address=";

    private readonly HttpClient _http;
    private readonly ILogger<BusRoutePlanner> _logger;

    public BusRoutePlanner(HttpClient http, ILogger<BusRoutePlanner> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<(double Lng, double Lat)?> GeocodeAsync(Student s)
    {
        var json = await _http.GetFromJsonAsync<JsonElement>(AmapGeocodeUrl + Uri.EscapeDataString(s.HomeAddress));
        if (json.GetProperty("status").GetString() != "1")
        {
            _logger.LogWarning("Geocoding failed for {Name} at {Address}", s.Name, s.HomeAddress);
            return null;
        }
        var parts = json.GetProperty("geocodes")[0].GetProperty("location").GetString()!.Split(',');
        return (double.Parse(parts[0]), double.Parse(parts[1]));
    }

    public static BusStop Nearest(IEnumerable<BusStop> stops, double lng, double lat) =>
        stops.OrderBy(s => Distance(s.Lng, s.Lat, lng, lat)).First();

    /// <summary>Haversine distance in metres.</summary>
    public static double Distance(double lng1, double lat1, double lng2, double lat2)
    {
        const double R = 6_371_000;
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLng = (lng2 - lng1) * Math.PI / 180;
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return R * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
    }

    public async Task WriteDriverSheetAsync(string path, IEnumerable<(Student Student, BusStop Stop)> riders)
    {
        await using var w = new StreamWriter(path);
        foreach (var (s, stop) in riders.OrderBy(r => r.Stop.Name))
            await w.WriteLineAsync($"{stop.Name}\t{s.Name}\t{s.Guardians.FirstOrDefault()?.Mobile}");
        _logger.LogInformation("Driver sheet {Path}: {Count} riders", path, riders.Count());
    }
}
