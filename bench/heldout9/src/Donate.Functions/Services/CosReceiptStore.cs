using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Donate.Services;

/// <summary>Tencent COS with the XML API request signature (q-sign-algorithm=sha1, as COS defines it).</summary>
public sealed class CosReceiptStore
{
    private readonly HttpClient _http = new();
    private readonly string _secretId;
    private readonly string _secretKey;
    private readonly string _bucket;

    public CosReceiptStore(IConfiguration config)
    {
        _secretId = config["Cos__SecretId"]!;
        _secretKey = config["Cos__SecretKey"]!;
        _bucket = config["Cos__Bucket"]!;
    }

    public async Task<string> PutPrivateAsync(string key, byte[] content)
    {
        var start = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var keyTime = $"{start};{start + 600}";
        var signKey = Hex(HMACSHA1.HashData(Encoding.UTF8.GetBytes(_secretKey), Encoding.UTF8.GetBytes(keyTime)));
        var httpString = $"put\n/{key}\n\nx-cos-acl=private\n";
        var stringToSign = $"sha1\n{keyTime}\n{Hex(SHA1.HashData(Encoding.UTF8.GetBytes(httpString)))}\n";
        var signature = Hex(HMACSHA1.HashData(Encoding.UTF8.GetBytes(signKey), Encoding.UTF8.GetBytes(stringToSign)));
        var auth = $"q-sign-algorithm=sha1&q-ak={_secretId}&q-sign-time={keyTime}&q-key-time={keyTime}&q-header-list=x-cos-acl&q-url-param-list=&q-signature={signature}";

        using var req = new HttpRequestMessage(HttpMethod.Put, $"https://{_bucket}.cos.ap-guangzhou.myqcloud.com/{key}")
        {
            Content = new ByteArrayContent(content),
        };
        req.Headers.TryAddWithoutValidation("Authorization", auth);
        req.Headers.TryAddWithoutValidation("x-cos-acl", "private");
        using var resp = await _http.SendAsync(req);
        resp.EnsureSuccessStatusCode();
        return key;
    }

    private static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();
}
