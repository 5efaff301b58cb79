using System.Security.Cryptography;

namespace GovHall.Pages.Services;

/// <summary>Cache-busting versions for the kiosk's static files, and a digest of downloaded forms.</summary>
public static class AssetVersion
{
    public static string For(string webRootPath, string relative)
    {
        var path = Path.Combine(webRootPath, relative.TrimStart('/'));
        if (!File.Exists(path))
        {
            return relative;
        }

        using var stream = File.OpenRead(path);
        var v = Convert.ToHexString(MD5.HashData(stream))[..8].ToLowerInvariant();
        return $"{relative}?v={v}";
    }

    public static string FormDigest(byte[] pdf) => Convert.ToBase64String(SHA1.HashData(pdf));

    public static string KioskScreensaverName(string campaign) =>
        Convert.ToHexString(SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(campaign)))[..10] + ".mp4";
}
