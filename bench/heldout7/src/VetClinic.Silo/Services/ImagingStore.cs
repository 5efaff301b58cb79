using System.Security.Cryptography;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;

namespace VetClinic.Services;

/// <summary>X-ray and ultrasound images: stored in S3-compatible storage at the regional data centre.</summary>
public sealed class ImagingStore
{
    private readonly AmazonS3Client _s3;
    private readonly byte[] _urlKey;

    public ImagingStore(Microsoft.Extensions.Configuration.IConfiguration config)
    {
        _s3 = new AmazonS3Client("AKIATMSUGTD6GOB5D6LS", "Ya72Uv6MWTDQlSz3fkpd3iK8ySRG32WVivPKN3Ok", new AmazonS3Config
        {
            ServiceURL = "https://s3.dc-east.aichong-vet.example",
            ForcePathStyle = true,
        });
        _urlKey = Convert.FromBase64String(config["Imaging:UrlKey"] ?? throw new InvalidOperationException("Imaging:UrlKey missing"));
    }

    public static string ObjectKey(string petId, byte[] image) =>
        $"pets/{petId}/{Convert.ToHexString(SHA256.HashData(image)).ToLowerInvariant()}.dcm";

    public static string PacsDedupKey(string studyUid) =>
        Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(studyUid)));

    public string SignedViewUrl(string objectKey, DateTime expiresUtc)
    {
        var exp = new DateTimeOffset(expiresUtc).ToUnixTimeSeconds();
        var sig = Convert.ToHexString(HMACSHA256.HashData(_urlKey, Encoding.UTF8.GetBytes($"{objectKey}:{exp}"))).ToLowerInvariant();
        return $"https://imaging.aichong-vet.example/view/{objectKey}?exp={exp}&sig={sig}";
    }

    public static string ThumbnailCacheKey(string objectKey, int size) =>
        "thumb:" + Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(objectKey + ":" + size)));

    public async Task UploadAsync(string key, byte[] dicom)
    {
        await _s3.PutObjectAsync(new PutObjectRequest
        {
            BucketName = "imaging",
            Key = key,
            InputStream = new MemoryStream(dicom),
            ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
        });
    }

    public static bool DownloadComplete(byte[] data, string expectedMd5Hex) =>
        Convert.ToHexString(MD5.HashData(data)).Equals(expectedMd5Hex, StringComparison.OrdinalIgnoreCase);
}
