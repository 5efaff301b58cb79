using System.Security.Cryptography;
using System.Text;

namespace RxPharmacy.Api.Utils;

/// <summary>Hashes that only identify content: cache keys, ETags, image names, experiment buckets.</summary>
public static class ContentHashes
{
    public static string DrugImageName(string drugCode, int width) =>
        Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes($"{drugCode}@{width}"))).ToLowerInvariant() + ".webp";

    public static string CatalogueETag(byte[] json) =>
        "W/\"" + Convert.ToHexString(SHA1.HashData(json))[..16] + "\"";

    public static int ExperimentBucket(long patientId, string experiment) =>
        MD5.HashData(Encoding.UTF8.GetBytes(experiment + ":" + patientId))[0] % 100;

    public static string LeafletCacheKey(string drugCode, string lang)
    {
        using var sha1 = SHA1.Create();
        return "leaflet:" + Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(drugCode + "|" + lang)));
    }

    public static Guid NameBasedGuid(Guid ns, string name)
    {
        var nsBytes = ns.ToByteArray();
        var hash = SHA1.HashData(nsBytes.Concat(Encoding.UTF8.GetBytes(name)).ToArray());
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }

    public static string ReportChecksum(Stream file) => Convert.ToHexString(SHA256.HashData(file));

    public static string PharmacistAvatar(string workEmail) =>
        "https://cravatar.cn/avatar/" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(workEmail.Trim().ToLowerInvariant()))).ToLowerInvariant();
}
