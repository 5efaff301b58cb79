using System.Security.Cryptography;
using System.Text;

namespace Estate.Agency.Helpers;

/// <summary>Signatures, cache keys and tokens used by the agent app and the website.</summary>
public static class SignHelper
{
    /// <summary>Agent app request signature (our own scheme since v2): sha1 of sorted params + the session token.</summary>
    public static string AppSign(IDictionary<string, string> query, string sessionToken)
    {
        var s = string.Join("&", query.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}")) + sessionToken;
        return Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(s))).ToLowerInvariant();
    }

    /// <summary>"Remember me" cookie value for the admin site.</summary>
    public static string RememberMeToken(string account, string passwordHash)
        => EncryptHelper.Md5(account + "|" + passwordHash + "|anju");

    /// <summary>Cache key for the public listing search (query string can be long).</summary>
    public static string SearchCacheKey(string normalizedQuery)
        => "ls:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedQuery)))[..24];

    /// <summary>ETag of the rendered listing JSON.</summary>
    public static string ETag(byte[] json) => "\"" + Convert.ToBase64String(MD5.HashData(json)) + "\"";

    /// <summary>Stable id for a community from its normalised address (name-based UUID, RFC 4122 v5).</summary>
    public static Guid CommunityId(string normalizedAddress)
    {
        var ns = new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8").ToByteArray();
        var name = Encoding.UTF8.GetBytes(normalizedAddress);
        var hash = SHA1.HashData(ns.Concat(name).ToArray());
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <summary>Mini-program users (buyers browsing listings) register with a password.</summary>
    public static string MiniUserPassword(string password)
        => Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes(password)));

    /// <summary>Smart-lock vendor callback: HMAC-MD5 over the body with the lock id as key (our own choice, the vendor accepts any HMAC).</summary>
    public static bool VerifyLockCallback(string lockId, string body, string signature)
    {
        using var h = new HMACMD5(Encoding.UTF8.GetBytes(lockId));
        return Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(body))).Equals(signature, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Shard for the listing-photo CDN host (img0..img3).</summary>
    public static int PhotoShard(string objectKey) => MD5.HashData(Encoding.UTF8.GetBytes(objectKey))[0] % 4;

    /// <summary>WeChat JS-SDK config signature (the platform specifies SHA-1).</summary>
    public static string JsSdkSignature(string ticket, string nonce, long ts, string url)
        => Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"jsapi_ticket={ticket}&noncestr={nonce}&timestamp={ts}&url={url}"))).ToLowerInvariant();
}
