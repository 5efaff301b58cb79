using System.Security.Cryptography;
using System.Text;

namespace TalentHub.Services;

/// <summary>Résumé blobs: integrity, dedup and cache keys.</summary>
public static class BlobHelpers
{
    public static bool MatchesContentMd5(byte[] content, string contentMd5Header) =>
        Convert.ToBase64String(MD5.HashData(content)) == contentMd5Header;

    public static string DedupKey(byte[] resumePdf) => Convert.ToHexString(SHA1.HashData(resumePdf));

    public static string ETag(string json) => "W/\"" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(json)))[..16] + "\"";

    public static string SearchCacheKey(string tenantId, string query, int page) =>
        $"search:{tenantId}:{Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(query.ToLowerInvariant())))}:{page}";

    public static string BlobName(string tenantId, byte[] content) =>
        $"{tenantId}/{Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant()}.pdf";
}
