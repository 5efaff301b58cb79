using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace RideHail.Dispatch.Maps;

/// <summary>路线规划结果缓存（高德按次计费，能省则省）。</summary>
public sealed class RouteCache(IMemoryCache cache)
{
    public string Key(GeoPoint from, GeoPoint to) =>
        "route:" + Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes($"{from.Lat:F4},{from.Lng:F4}>{to.Lat:F4},{to.Lng:F4}")));

    public string PolylineId(string polyline) =>
        Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(polyline)))[..20];

    public bool TryGet(GeoPoint from, GeoPoint to, out int seconds) => cache.TryGetValue(Key(from, to), out seconds);

    public void Set(GeoPoint from, GeoPoint to, int seconds) => cache.Set(Key(from, to), seconds, TimeSpan.FromMinutes(10));

    public static string FareSnapshotEtag(byte[] json) => "W/\"" + Convert.ToBase64String(MD5.HashData(json)) + "\"";

    public static string HeatmapTileName(int z, int x, int y, DateOnly day) =>
        Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes($"{z}/{x}/{y}/{day:yyyyMMdd}")))[..16] + ".png";
}
