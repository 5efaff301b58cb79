using System.Globalization;

namespace Rider.Mobile.Core.Services;

/// <summary>Builds deep links into the installed map apps for turn-by-turn navigation.</summary>
public static class NavigationHelper
{
    public enum MapApp { Amap, Baidu, Tencent }

    public static string DeepLink(MapApp app, double lat, double lng, string label)
    {
        var la = lat.ToString("F6", CultureInfo.InvariantCulture);
        var ln = lng.ToString("F6", CultureInfo.InvariantCulture);
        var name = Uri.EscapeDataString(label);
        return app switch
        {
            MapApp.Amap => $"amapuri://route/plan/?dlat={la}&dlon={ln}&dname={name}&dev=0&t=3",
            MapApp.Baidu => $"baidumap://map/direction?destination=latlng:{la},{ln}|name:{name}&coord_type=gcj02&mode=riding",
            MapApp.Tencent => $"qqmap://map/routeplan?type=bike&to={name}&tocoord={la},{ln}",
            _ => throw new ArgumentOutOfRangeException(nameof(app)),
        };
    }

    // WGS-84 (GPS) to GCJ-02 (the map apps' coordinates).
    public static (double Lat, double Lng) ToGcj02(double lat, double lng)
    {
        const double a = 6378245.0, ee = 0.00669342162296594323;
        if (lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271) return (lat, lng);
        var dLat = TransformLat(lng - 105.0, lat - 35.0);
        var dLng = TransformLng(lng - 105.0, lat - 35.0);
        var radLat = lat / 180.0 * Math.PI;
        var magic = Math.Sin(radLat);
        magic = 1 - ee * magic * magic;
        var sqrtMagic = Math.Sqrt(magic);
        dLat = dLat * 180.0 / (a * (1 - ee) / (magic * sqrtMagic) * Math.PI);
        dLng = dLng * 180.0 / (a / sqrtMagic * Math.Cos(radLat) * Math.PI);
        return (lat + dLat, lng + dLng);
    }

    private static double TransformLat(double x, double y)
    {
        var r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(y * Math.PI) + 40.0 * Math.Sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.Sin(y / 12.0 * Math.PI) + 320 * Math.Sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double TransformLng(double x, double y)
    {
        var r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.Sqrt(Math.Abs(x));
        r += (20.0 * Math.Sin(6.0 * x * Math.PI) + 20.0 * Math.Sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.Sin(x * Math.PI) + 40.0 * Math.Sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.Sin(x / 12.0 * Math.PI) + 300.0 * Math.Sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
