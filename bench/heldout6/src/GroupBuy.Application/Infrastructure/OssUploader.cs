using System.Security.Cryptography;
using System.Text;
using Aliyun.OSS;

namespace GroupBuy.Infrastructure;

public class OssUploader
{
    private const string Endpoint = "https://oss-cn-hangzhou.aliyuncs.com";
    private const string Bucket = "groupbuy-static";
    private readonly OssClient _client = new OssClient(Endpoint, "LTAI5tckwhwoRtYwY7wXg7kx", "pzKxks3loRbhfM0v8UzheGntAOClc9EF");

    public Task<string> UploadAsync(string folder, byte[] content, string ext)
    {
        // 文件名取内容 MD5：同一张图只存一份
        var name = Convert.ToHexString(MD5.HashData(content)).ToLowerInvariant() + ext;
        var key = $"{folder}/{name}";
        using var ms = new MemoryStream(content);
        var meta = new ObjectMetadata { ContentMd5 = Convert.ToBase64String(MD5.HashData(content)) };
        _client.PutObject(Bucket, key, ms, meta);
        return Task.FromResult($"https://{Bucket}.oss-cn-hangzhou.aliyuncs.com/{key}");
    }

    /// <summary>前端直传签名（OSS PostObject policy，协议规定 HMAC-SHA1）。</summary>
    public static string SignPolicy(string policyBase64, string accessKeySecret)
    {
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(accessKeySecret));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(policyBase64)));
    }
}
