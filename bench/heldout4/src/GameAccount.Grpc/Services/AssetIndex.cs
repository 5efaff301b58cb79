using System.Security.Cryptography;
using System.Text;

namespace GameAccount.Grpc.Services;

/// <summary>Index of downloadable asset bundles served with the account's region config.</summary>
public static class AssetIndex
{
    /// <summary>Bundles are stored on the CDN under the MD5 of their logical name (Unity AssetBundle convention).</summary>
    public static string CdnName(string bundleName) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(bundleName.ToLowerInvariant()))).ToLowerInvariant() + ".bundle";

    public static string Version(IEnumerable<(string Name, byte[] Content)> bundles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, content) in bundles.OrderBy(b => b.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            hash.AppendData(content);
        }
        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }

    public static string RegionFor(string ipCountry) => ipCountry switch
    {
        "CN" => "cn",
        "SG" or "MY" or "TH" or "ID" => "sea",
        "JP" or "KR" => "nea",
        _ => "global",
    };
}
