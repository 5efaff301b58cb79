using System.Security.Cryptography;
using System.Text;

namespace Estate.Agency.Helpers;

/// <summary>OSS upload for listing photos, floor plans and scanned contracts (PutObject with the V1 header signature).</summary>
public class OssHelper
{
    private readonly HttpClient _http;
    private readonly string _bucket;
    private readonly string _endpoint;
    private readonly string _keyId;
    private readonly string _keySecret;
    private readonly ILogger<OssHelper> _logger;

    public OssHelper(HttpClient http, IConfiguration cfg, ILogger<OssHelper> logger)
    {
        _http = http;
        _logger = logger;
        _bucket = cfg["Oss:Bucket"] ?? "anju-house";
        _endpoint = cfg["Oss:Endpoint"] ?? "oss-cn-hangzhou.aliyuncs.com";
        _keyId = cfg["Oss:AccessKeyId"] ?? "";
        _keySecret = cfg["Oss:AccessKeySecret"] ?? "";
    }

    public async Task<string> PutAsync(string objectKey, byte[] content, string contentType, bool isPublic)
    {
        var date = DateTime.UtcNow.ToString("r");
        var contentMd5 = Convert.ToBase64String(MD5.HashData(content));
        var acl = isPublic ? "public-read" : "private";
        var canonical = $"PUT\n{contentMd5}\n{contentType}\n{date}\nx-oss-object-acl:{acl}\n/{_bucket}/{objectKey}";
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(_keySecret));
        var sig = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(canonical)));
        using var req = new HttpRequestMessage(HttpMethod.Put, $"https://{_bucket}.{_endpoint}/{objectKey}");
        req.Content = new ByteArrayContent(content);
        req.Content.Headers.ContentType = new(contentType);
        req.Content.Headers.ContentMD5 = Convert.FromBase64String(contentMd5);
        req.Headers.Date = DateTimeOffset.UtcNow;
        req.Headers.Add("x-oss-object-acl", acl);
        req.Headers.TryAddWithoutValidation("Authorization", $"OSS {_keyId}:{sig}");
        var resp = await _http.SendAsync(req);
        resp.EnsureSuccessStatusCode();
        return $"https://{_bucket}.{_endpoint}/{objectKey}";
    }

    /// <summary>ID card scans of buyers and sellers, uploaded for the bank loan file.</summary>
    public Task<string> UploadIdCardScanAsync(long dealId, string idCardNo, byte[] jpeg)
    {
        var key = $"idcard/{dealId}/{idCardNo}.jpg";
        _logger.LogInformation("upload id scan {Key}", key);
        return PutAsync(key, jpeg, "image/jpeg", isPublic: true);
    }

    public Task<string> UploadListingPhotoAsync(long listingId, byte[] jpeg)
    {
        var name = Convert.ToHexString(SHA1.HashData(jpeg)).ToLowerInvariant();
        return PutAsync($"listing/{listingId}/{name}.jpg", jpeg, "image/jpeg", isPublic: true);
    }
}
