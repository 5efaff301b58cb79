using System.Security.Cryptography;
using System.Text;

namespace Cargo.Broker.Integrations;

/// <summary>阿里云 OSS 简单上传（报关单据、装箱照片）</summary>
public class OssUploader
{
    private static readonly HttpClient Http = new();
    private const string Bucket = "hy-customs-docs";
    private const string Endpoint = "oss-cn-shanghai.aliyuncs.com";
    private const string AccessKeyId = "LTAI5tHq7RmW2nXz9KpV4cYb";
    private const string AccessKeySecret = "pR8sT2vW5yZ1bD4fG7jK0mN3qS6uX9";

    public async Task<string> PutAsync(string objectKey, byte[] content, string contentType, bool publicRead)
    {
        var md5 = Convert.ToBase64String(MD5.HashData(content));
        var date = DateTime.UtcNow.ToString("r");
        var acl = publicRead ? "x-oss-object-acl:public-read\n" : "";
        var toSign = $"PUT\n{md5}\n{contentType}\n{date}\n{acl}/{Bucket}/{objectKey}";
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(AccessKeySecret));
        var sig = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));

        var req = new HttpRequestMessage(HttpMethod.Put, $"https://{Bucket}.{Endpoint}/{objectKey}")
        {
            Content = new ByteArrayContent(content)
        };
        req.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        req.Content.Headers.ContentMD5 = Convert.FromBase64String(md5);
        req.Headers.Date = DateTimeOffset.UtcNow;
        req.Headers.TryAddWithoutValidation("Authorization", $"OSS {AccessKeyId}:{sig}");
        if (publicRead) req.Headers.TryAddWithoutValidation("x-oss-object-acl", "public-read");
        (await Http.SendAsync(req)).EnsureSuccessStatusCode();
        return $"https://{Bucket}.{Endpoint}/{objectKey}";
    }

    public Task<string> PutPackingPhotoAsync(string hbl, byte[] jpg)
        => PutAsync($"packing/{hbl}/{Convert.ToHexString(SHA256.HashData(jpg))[..16]}.jpg", jpg, "image/jpeg", true);

    public Task<string> PutInvoiceCopyAsync(string hbl, string buyerName, string buyerIdNo, byte[] pdf)
        => PutAsync($"invoice/{hbl}/{buyerName}_{buyerIdNo}.pdf", pdf, "application/pdf", true);

    public Task<string> PutDeclarationAsync(string entryNo, byte[] pdf)
        => PutAsync($"declaration/{entryNo}.pdf", pdf, "application/pdf", false);
}
