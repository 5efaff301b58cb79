using System.Security.Cryptography;
using System.Text;

namespace RideHail.Dispatch.Security;

/// <summary>行程分享链接、头像、灰度分桶、OSS 上传等小工具。</summary>
public static class TripShareLink
{
    private const string ShareSalt = "rh-share-2021";

    /// <summary>乘客把行程分享给家人：/share/{tripId}?exp=..&amp;sig=..</summary>
    public static string Build(string tripId, DateTimeOffset expires)
    {
        var exp = expires.ToUnixTimeSeconds();
        var sig = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{tripId}|{exp}|{ShareSalt}")))[..16];
        return $"https://m.ridehail.example.com/share/{tripId}?exp={exp}&sig={sig}";
    }

    public static bool Verify(string tripId, long exp, string sig) =>
        DateTimeOffset.UtcNow.ToUnixTimeSeconds() < exp
        && Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{tripId}|{exp}|{ShareSalt}")))[..16] == sig;

    /// <summary>灰度：按乘客 id 分桶。</summary>
    public static int Bucket(string passengerId) =>
        SHA1.HashData(Encoding.UTF8.GetBytes(passengerId))[0] % 100;

    /// <summary>Gravatar 头像（司机端客服后台）。</summary>
    public static string Gravatar(string email) =>
        "https://www.gravatar.com/avatar/" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()))).ToLowerInvariant();

    /// <summary>阿里云 OSS PutObject 的 Content-MD5 头。</summary>
    public static string ContentMd5(byte[] body) => Convert.ToBase64String(MD5.HashData(body));

    /// <summary>OSS V1 签名（Aliyun 协议规定 HMAC-SHA1）。</summary>
    public static string OssSignatureV1(string accessKeySecret, string stringToSign)
    {
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(accessKeySecret));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>运营后台二次验证（RFC 6238 TOTP，默认 HMAC-SHA1）。</summary>
    public static string Totp(byte[] secret, long step)
    {
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(counter);
        using var hmac = new HMACSHA1(secret);
        var h = hmac.ComputeHash(counter);
        var o = h[^1] & 0x0F;
        var code = ((h[o] & 0x7F) << 24 | h[o + 1] << 16 | h[o + 2] << 8 | h[o + 3]) % 1_000_000;
        return code.ToString("D6");
    }

    /// <summary>名字空间 UUID v5（给外部系统的稳定 id）。</summary>
    public static Guid UuidV5(Guid ns, string name)
    {
        var bytes = ns.ToByteArray().Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var h = SHA1.HashData(bytes);
        h[6] = (byte)((h[6] & 0x0F) | 0x50);
        h[8] = (byte)((h[8] & 0x3F) | 0x80);
        return new Guid(h[..16]);
    }

    /// <summary>司机照片按内容去重存储。</summary>
    public static string PhotoObjectKey(byte[] jpeg) =>
        "driver-photos/" + Convert.ToHexString(SHA1.HashData(jpeg)).ToLowerInvariant() + ".jpg";
}
