using System.Security.Cryptography;
using System.Text;
using EduCloud.Web.Security;

namespace EduCloud.Web.Services;

public sealed record HomeworkUpload(long StudentId, string FileName, byte[] Data);

/// <summary>作业上传 (OSS) 与批改</summary>
public sealed class HomeworkService(IHttpClientFactory httpFactory, IConfiguration config, ILogger<HomeworkService> logger)
{
    private readonly string _bucket = config["Oss:Bucket"] ?? "edu-homework";

    public async Task<string> UploadAsync(HomeworkUpload u)
    {
        var objectKey = $"hw/{u.StudentId}/{EncryptHelper.AssetFingerprint(u.Data)}/{u.FileName}";
        var contentMd5 = Convert.ToBase64String(MD5.HashData(u.Data));
        var date = DateTime.UtcNow.ToString("r");
        var secret = config["Oss:AccessKeySecret"]!;
        var toSign = $"PUT\n{contentMd5}\napplication/octet-stream\n{date}\n/{_bucket}/{objectKey}";
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(secret));
        var signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(toSign)));
        var http = httpFactory.CreateClient("oss");
        using var req = new HttpRequestMessage(HttpMethod.Put, $"https://{_bucket}.oss-cn-hangzhou.aliyuncs.com/{objectKey}") { Content = new ByteArrayContent(u.Data) };
        req.Headers.TryAddWithoutValidation("Authorization", $"OSS {config["Oss:AccessKeyId"]}:{signature}");
        req.Headers.TryAddWithoutValidation("Content-MD5", contentMd5);
        await http.SendAsync(req);
        logger.LogInformation("homework {Key} uploaded ({Size} bytes)", objectKey, u.Data.Length);
        return objectKey;
    }

    public static string ShareLink(string objectKey, long expires)
    {
        var sig = EncryptHelper.Md5Encrypt32(objectKey + expires + "hw-share-salt");
        return $"/hw/share?k={Uri.EscapeDataString(objectKey)}&e={expires}&s={sig}";
    }

    public static string TeacherCommentId(long homeworkId, long teacherId) =>
        EncryptHelper.Sha1Hex($"{homeworkId}-{teacherId}")[..12];
}
