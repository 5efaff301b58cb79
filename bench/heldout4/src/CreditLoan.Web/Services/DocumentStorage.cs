using System.Security.Cryptography;
using System.Text;
using CreditLoan.Web.Infrastructure;

namespace CreditLoan.Web.Services;

/// <summary>Applicants' uploaded documents (ID card photos, income proof) on Aliyun OSS.</summary>
public sealed class DocumentStorage
{
    private readonly HttpClient _http;
    private readonly string _bucket;
    private readonly string _accessKeyId;
    private readonly string _accessKeySecret;

    public DocumentStorage(HttpClient http, IConfiguration config)
    {
        _http = http;
        _bucket = config["Oss:Bucket"] ?? "xyd-documents";
        _accessKeyId = config["Oss:AccessKeyId"]!;
        _accessKeySecret = config["Oss:AccessKeySecret"]!;
    }

    public async Task<string> PutAsync(byte[] content, string extension, string contentType)
    {
        var objectKey = "docs/" + EncryptHelper.ContentFileName(content, extension);
        var contentMd5 = Convert.ToBase64String(MD5.HashData(content));
        var date = DateTime.UtcNow.ToString("r");
        var stringToSign = $"PUT\n{contentMd5}\n{contentType}\n{date}\nx-oss-server-side-encryption:KMS\n/{_bucket}/{objectKey}";
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(_accessKeySecret));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));

        using var req = new HttpRequestMessage(HttpMethod.Put, $"https://{_bucket}.oss-cn-shenzhen.aliyuncs.com/{objectKey}") { Content = new ByteArrayContent(content) };
        req.Content.Headers.TryAddWithoutValidation("Content-MD5", contentMd5);
        req.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        req.Headers.TryAddWithoutValidation("Date", date);
        req.Headers.TryAddWithoutValidation("x-oss-server-side-encryption", "KMS");
        req.Headers.TryAddWithoutValidation("Authorization", $"OSS {_accessKeyId}:{signature}");
        (await _http.SendAsync(req)).EnsureSuccessStatusCode();
        return objectKey;
    }

    /// <summary>Weak ETag for the document list page.</summary>
    public static string ListETag(IEnumerable<string> objectKeys) =>
        "W/\"" + Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(string.Join(",", objectKeys)))) + "\"";
}
