using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace SwiftRoute.Courier.Api.Services;

/// <summary>
/// Proof-of-delivery photos uploaded by couriers.
/// </summary>
public sealed class PhotoStore(IConfiguration configuration, ILogger<PhotoStore> logger)
{
    private readonly string _root = configuration["Photos:Root"] ?? "/data/pod";
    private readonly string _pinnedThumbprint = configuration["Photos:CdnThumbprint"] ?? "";

    public async Task<string> SaveAsync(string waybillNo, Stream photo)
    {
        using var buffer = new MemoryStream();
        await photo.CopyToAsync(buffer);
        var bytes = buffer.ToArray();
        var digest = Convert.ToHexString(MD5.HashData(bytes)).ToLowerInvariant();
        var path = Path.Combine(_root, digest[..2], digest + ".jpg");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes);
        }
        logger.LogInformation("POD photo for {WaybillNo} stored as {Digest}", waybillNo, digest);
        return digest;
    }

    public string ETagFor(string digest) => $"W/\"{digest}\"";

    public bool IsPinnedCdnCertificate(X509Certificate2 certificate)
    {
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA1);
        return string.Equals(thumbprint, _pinnedThumbprint, StringComparison.OrdinalIgnoreCase);
    }

    public static string LegacyPhotoName(string waybillNo)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToHexString(sha1.ComputeHash(System.Text.Encoding.UTF8.GetBytes(waybillNo))) + ".jpg";
    }
}
