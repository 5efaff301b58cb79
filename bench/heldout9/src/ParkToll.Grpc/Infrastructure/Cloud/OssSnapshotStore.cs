using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ParkToll.Infrastructure.Cloud;

/// <summary>Uploads barrier camera snapshots to OSS with the header signature (V1).</summary>
public sealed class OssSnapshotStore
{
    private readonly HttpClient _http;
    private readonly string _bucket;
    private readonly string _endpoint;
    private readonly string _accessKeyId;
    private readonly string _accessKeySecret;

    public OssSnapshotStore(HttpClient http, IConfiguration config)
    {
        _http = http;
        _bucket = config["Aliyun:Oss:Bucket"] ?? "parktoll-snapshots";
        _endpoint = config["Aliyun:Oss:Endpoint"] ?? "oss-cn-hangzhou.aliyuncs.com";
        _accessKeyId = config["Aliyun:AccessKeyId"] ?? "";
        _accessKeySecret = config["Aliyun:AccessKeySecret"] ?? "";
    }

    public async Task<string> PutAsync(string lotCode, DateTime capturedAt, byte[] jpeg, CancellationToken ct)
    {
        // Content address: identical frames from a stuck camera are stored once.
        var contentHash = Convert.ToHexString(SHA1.HashData(jpeg)).ToLowerInvariant();
        var objectKey = $"snap/{lotCode}/{capturedAt:yyyy/MM/dd}/{contentHash}.jpg";

        var contentMd5 = Convert.ToBase64String(MD5.HashData(jpeg));
        var date = DateTime.UtcNow.ToString("r");
        var stringToSign = $"PUT\n{contentMd5}\nimage/jpeg\n{date}\n/{_bucket}/{objectKey}";
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(_accessKeySecret));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));

        using var req = new HttpRequestMessage(HttpMethod.Put, $"https://{_bucket}.{_endpoint}/{objectKey}")
        {
            Content = new ByteArrayContent(jpeg),
        };
        req.Content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        req.Content.Headers.ContentMD5 = Convert.FromBase64String(contentMd5);
        req.Headers.TryAddWithoutValidation("Date", date);
        req.Headers.TryAddWithoutValidation("Authorization", $"OSS {_accessKeyId}:{signature}");

        using var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        return objectKey;
    }
}
