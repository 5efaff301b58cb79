using System.Net.Http.Json;
using Recycle.Worker.Consumers;
using Recycle.Worker.Infrastructure;

namespace Recycle.Worker.Services;

public sealed class PayoutClient
{
    private readonly HttpClient _http;
    private readonly IConfiguration _config;

    public PayoutClient(HttpClient http, IConfiguration config)
    {
        _http = http;
        _config = config;
    }

    public async Task<PayoutResult> TransferAsync(string orderNo, string name, string card, decimal amount, CancellationToken ct)
    {
        var key = _config["Payout:SecretKey"]!;
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["merchant_no"] = _config["Payout:MerchantNo"]!,
            ["out_biz_no"] = orderNo,
            ["payee_name"] = name,
            ["payee_account"] = card,
            ["amount"] = amount.ToString("F2"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString()
        };
        p["sign"] = Digest.PayoutSign(p, key);
        var resp = await _http.PostAsync(_config["Payout:Gateway"], new FormUrlEncodedContent(p), ct);
        var body = await resp.Content.ReadFromJsonAsync<PayoutResult>(cancellationToken: ct)
                   ?? throw new PayoutException("EMPTY", "网关无响应");
        if (body.Code != "0000")
            throw new PayoutException(body.Code, body.Msg ?? "");
        return body;
    }
}

public sealed record PayoutResult(string Code, string? Msg, string? SerialNo);

/// <summary>
/// 上传质检照片到 OSS（V1 签名）
/// </summary>
public sealed class PhotoUploader
{
    private const string FallbackSecret = "vB3nQ8sK1pZx6Ty0Wm4Rc7Lh2Jd9Fg5E";

    private readonly HttpClient _http;
    private readonly IConfiguration _config;

    public PhotoUploader(HttpClient http, IConfiguration config)
    {
        _http = http;
        _config = config;
    }

    public async Task<string> UploadAsync(string key, byte[] data, CancellationToken ct)
    {
        var secret = _config["Oss:AccessKeySecret"];
        if (string.IsNullOrEmpty(secret)) secret = FallbackSecret;
        var date = DateTime.UtcNow.ToString("r");
        var md5 = Digest.ContentMd5(data);
        var bucket = _config["Oss:Bucket"];
        var toSign = $"PUT\n{md5}\nimage/jpeg\n{date}\n/{bucket}/{key}";
        using var hmac = new System.Security.Cryptography.HMACSHA1(System.Text.Encoding.UTF8.GetBytes(secret));
        var sig = Convert.ToBase64String(hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(toSign)));
        var req = new HttpRequestMessage(HttpMethod.Put, $"https://{bucket}.{_config["Oss:Endpoint"]}/{key}")
        {
            Content = new ByteArrayContent(data)
        };
        req.Content.Headers.ContentType = new("image/jpeg");
        req.Content.Headers.ContentMD5 = Convert.FromBase64String(md5);
        req.Headers.Date = DateTimeOffset.Parse(date);
        req.Headers.TryAddWithoutValidation("Authorization", $"OSS {_config["Oss:AccessKeyId"]}:{sig}");
        var resp = await _http.SendAsync(req, ct);
        resp.EnsureSuccessStatusCode();
        return key;
    }
}
