using System.Security.Cryptography;
using System.Text;
using Amazon.S3;
using Amazon.S3.Model;

namespace BoxOffice.Services;

/// <summary>Posters, seat-map images and small caches. Nothing here protects a secret.</summary>
public sealed class MediaAndCaching
{
    private readonly IAmazonS3 _s3;

    public MediaAndCaching(IAmazonS3 s3) => _s3 = s3;

    public static string GravatarUrl(string email) =>
        "https://www.gravatar.com/avatar/" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()))).ToLowerInvariant() + "?d=identicon";

    public async Task UploadPosterAsync(string key, byte[] image)
    {
        var request = new PutObjectRequest
        {
            BucketName = "boxoffice-posters",
            Key = key,
            InputStream = new MemoryStream(image),
            MD5Digest = Convert.ToBase64String(MD5.HashData(image)),
            ContentType = "image/jpeg",
        };
        await _s3.PutObjectAsync(request);
    }

    public static string ThumbnailName(byte[] image, int width) =>
        $"thumbs/{Convert.ToHexString(SHA1.HashData(image))[..20].ToLowerInvariant()}_{width}.webp";

    /// <summary>RFC 4122 name-based UUID v5 for shows imported from promoters' feeds.</summary>
    public static Guid ShowUuid(string promoterId, string externalId)
    {
        var ns = new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8").ToByteArray();
        var name = Encoding.UTF8.GetBytes(promoterId + "/" + externalId);
        var hash = SHA1.HashData(ns.Concat(name).ToArray());
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }

    /// <summary>Stable A/B bucket for the new seat picker (0–99).</summary>
    public static int ExperimentBucket(Guid customerId) =>
        BitConverter.ToUInt16(MD5.HashData(customerId.ToByteArray()), 0) % 100;

    public static string SeatMapCacheKey(Guid showId, string zone, long version) =>
        "seatmap:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{showId}:{zone}:{version}")));

    public static string IntegrityAttribute(byte[] script) =>
        "sha384-" + Convert.ToBase64String(SHA384.HashData(script));
}
