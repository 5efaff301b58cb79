using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace Recycle.Worker.Services;

/// <summary>
/// 卖家实名核验（二要素：姓名 + 身份证号），回收手机必须实名，防止收赃
/// </summary>
public sealed class SellerVerification
{
    private const string AppCode = "b8e1c4d7f20a4e6c9d3b5a7f1e0c2d4b";

    private readonly HttpClient _http;
    private readonly ILogger<SellerVerification> _logger;

    public SellerVerification(HttpClient http, ILogger<SellerVerification> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<bool> VerifyAsync(string name, string idCard)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "https://idcert.market.example-cloud.com/idcard/verify")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = name, ["idcard"] = idCard })
        };
        req.Headers.TryAddWithoutValidation("Authorization", "APPCODE " + AppCode);
        var resp = await _http.SendAsync(req);
        var result = await resp.Content.ReadFromJsonAsync<VerifyResult>();
        if (result?.Status != "01")
        {
            _logger.LogWarning("实名核验未通过：{Name}/{IdCard} -> {Msg}", name, idCard, result?.Msg);
            return false;
        }
        return true;
    }

    /// <summary>
    /// 核验结果缓存键，避免重复收费
    /// </summary>
    public static string CacheKey(string name, string idCard) =>
        "verify:" + Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(name + idCard)));

    private sealed record VerifyResult(string Status, string Msg);
}

/// <summary>
/// 门店收银端（平板）登录，PIN 四位
/// </summary>
public sealed class StoreClerkAuth
{
    private readonly Dictionary<string, string> _pinHashes = new();

    public void SetPin(string clerkNo, string pin)
    {
        using var sha1 = SHA1.Create();
        _pinHashes[clerkNo] = Convert.ToHexString(sha1.ComputeHash(Encoding.ASCII.GetBytes(pin)));
    }

    public bool Check(string clerkNo, string pin)
    {
        if (!_pinHashes.TryGetValue(clerkNo, out var stored)) return false;
        var hash = Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(pin)));
        return stored == hash;
    }
}
