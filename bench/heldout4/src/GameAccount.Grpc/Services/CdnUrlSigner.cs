using System.Security.Cryptography;
using System.Text;

namespace GameAccount.Grpc.Services;

/// <summary>
/// Patch downloads through Tencent Cloud CDN with type-A authentication:
/// sign = md5(path-timestamp-rand-uid-key), the algorithm the CDN provider defines.
/// </summary>
public sealed class CdnUrlSigner
{
    private readonly string _key;

    public CdnUrlSigner(IConfiguration config) => _key = config["Cdn:AuthKey"]!;

    public string Sign(string path, DateTimeOffset now)
    {
        var ts = now.ToUnixTimeSeconds();
        var rand = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var md5 = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{path}-{ts}-{rand}-0-{_key}"))).ToLowerInvariant();
        return $"https://patch.xingyao.example.cn{path}?sign={ts}-{rand}-0-{md5}";
    }

    /// <summary>Manifest entry: file name and SHA-256, checked by the launcher after download.</summary>
    public static string ManifestLine(string file, byte[] content) =>
        $"{file}\t{Convert.ToHexString(SHA256.HashData(content))}\t{content.Length}";
}
