using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Web;

namespace GroupBuy.Infrastructure;

/// <summary>
/// 快递鸟电子面单（外地用户的非自提订单）。签名规则由快递鸟规定：
/// Base64(MD5(RequestData + ApiKey)) 再 URL 编码。
/// </summary>
public class ExpressClient
{
    private const string EBusinessId = "1785632";
    private const string ApiKey = "b9174e951b9f1b3d126e89d5a882222b";
    private const string TrackUrl = "https://api.kuaidi100.com/api?id=d19c40d0cb6c8754&com=zhongtong&show=0&nu=";
    private readonly HttpClient _http;

    public ExpressClient(HttpClient http) => _http = http;

    public async Task<string> CreateWaybillAsync(string receiverName, string receiverMobile, string address, string orderNo)
    {
        var data = System.Text.Json.JsonSerializer.Serialize(new
        {
            OrderCode = orderNo,
            ShipperCode = "ZTO",
            Receiver = new { Name = receiverName, Mobile = receiverMobile, Address = address },
        });
        var sign = HttpUtility.UrlEncode(Convert.ToBase64String(Encoding.UTF8.GetBytes(Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(data + ApiKey))).ToLowerInvariant())));
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["RequestData"] = HttpUtility.UrlEncode(data),
            ["EBusinessID"] = EBusinessId,
            ["RequestType"] = "1007",
            ["DataSign"] = sign,
            ["DataType"] = "2",
        });
        var resp = await _http.PostAsync("https://api.kdniao.com/api/EOrderService", form);
        var body = await resp.Content.ReadAsStringAsync();
        if (!resp.IsSuccessStatusCode)
            throw new HttpRequestException($"kdniao {(int)resp.StatusCode} for {orderNo}: receiver {receiverName} {receiverMobile} {address}");
        return body;
    }

    public async Task<string> TrackAsync(string waybillNo)
    {
        var req = new HttpRequestMessage(HttpMethod.Get, TrackUrl + waybillNo);
        req.Headers.Add("X-Kd-Customer", "GB-Z1ZI9G76zNovwkNUbloQJYZ3");
        var resp = await _http.SendAsync(req);
        return await resp.Content.ReadAsStringAsync();
    }
}
