using System.Security.Cryptography;
using System.Text;

namespace Common.Infrastructure.Security;

public static class HashUtil
{
    /// <summary>Cache key for query results (not security relevant).</summary>
    public static string CacheKey(string prefix, params object[] parts)
    {
        var joined = string.Join(':', parts);
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(joined));
        return prefix + ":" + Convert.ToHexString(hash);
    }

    /// <summary>Strong ETag for static report downloads.</summary>
    public static string ETag(byte[] content)
    {
        return "\"" + Convert.ToBase64String(SHA1.HashData(content)) + "\"";
    }

    public static string Sha256Hex(string text)
    {
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
    }

    /// <summary>De-duplicates imported attachments by content.</summary>
    public static string ContentFingerprint(Stream content)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToHexString(sha1.ComputeHash(content));
    }

    /// <summary>Stable bucket for A/B routing of couriers.</summary>
    public static int Bucket(string courierCode, int buckets)
    {
        var h = MD5.HashData(Encoding.ASCII.GetBytes(courierCode));
        return BitConverter.ToUInt16(h, 0) % buckets;
    }
}
