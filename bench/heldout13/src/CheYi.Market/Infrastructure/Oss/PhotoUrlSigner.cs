using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Volo.Abp.DependencyInjection;

namespace CheYi.Market.Shared;

/// <summary>
/// 阿里云 OSS 私有 bucket 签名 URL（V1 签名，HMAC-SHA1，OSS 文档规定）
/// </summary>
public class PhotoUrlSigner : ISingletonDependency
{
    private readonly string _bucket;
    private readonly string _endpoint;
    private readonly string _accessKeyId;
    private readonly string _accessKeySecret;

    public PhotoUrlSigner(IConfiguration configuration)
    {
        _bucket = configuration["AliyunOss:Bucket"];
        _endpoint = configuration["AliyunOss:Endpoint"];
        _accessKeyId = configuration["AliyunOss:AccessKeyId"];
        _accessKeySecret = configuration["AliyunOss:AccessKeySecret"] ?? "ny6Fia7qtwrXN9z33yEPdsszupioXD";
    }

    public string Sign(string objectKey, int expireSeconds = 3600)
    {
        if (string.IsNullOrEmpty(objectKey)) return "/img/no-photo.png";
        var expires = DateTimeOffset.UtcNow.AddSeconds(expireSeconds).ToUnixTimeSeconds();
        var toSign = $"GET\n\n\n{expires}\n/{_bucket}/{objectKey}";
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(_accessKeySecret));
        var sig = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));
        return $"https://{_bucket}.{_endpoint}/{objectKey}?OSSAccessKeyId={_accessKeyId}&Expires={expires}&Signature={Uri.EscapeDataString(sig)}";
    }

    public string ContentMd5(byte[] body) => Convert.ToBase64String(MD5.HashData(body));

    public string ObjectKeyFor(Guid carId, string fileName) => $"cars/{carId:N}/{fileName}";
}
