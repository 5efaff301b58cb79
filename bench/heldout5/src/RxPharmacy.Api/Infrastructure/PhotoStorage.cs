using System.Security.Cryptography;
using System.Text;

namespace RxPharmacy.Api.Infrastructure;

/// <summary>
/// Prescription photos uploaded by patients go to Aliyun OSS with a v1 header signature
/// (HMAC-SHA1 over the canonical request, as OSS defines it).
/// </summary>
public sealed class PhotoStorage
{
    public const string AccessKeySecretSetting = "Oss:AccessKeySecret";

    private readonly HttpClient _http;
    private readonly string _accessKeyId;
    private readonly string _accessKeySecret;
    private const string Bucket = "kn-rx-photos";

    public PhotoStorage(HttpClient http, IConfiguration configuration)
    {
        _http = http;
        _accessKeyId = configuration["Oss:AccessKeyId"] ?? "LTAI5tFkQoDLdCwSl7jZQKil";
        _accessKeySecret = configuration[AccessKeySecretSetting] ?? "Sio6NS4q3xyvwFAThSEIIlgI82u5Q1";
    }

    public async Task<string> PutAsync(string objectName, byte[] content, string contentType)
    {
        var date = DateTime.UtcNow.ToString("r");
        var contentMd5 = Convert.ToBase64String(MD5.HashData(content));
        var canonical = $"PUT\n{contentMd5}\n{contentType}\n{date}\n/{Bucket}/{objectName}";
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(_accessKeySecret));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(canonical)));

        using var request = new HttpRequestMessage(HttpMethod.Put, $"https://{Bucket}.oss-cn-hangzhou.aliyuncs.com/{objectName}")
        {
            Content = new ByteArrayContent(content),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Content.Headers.Add("Content-MD5", contentMd5);
        request.Headers.Add("Date", date);
        request.Headers.Add("Authorization", $"OSS {_accessKeyId}:{signature}");
        var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return objectName;
    }
}
