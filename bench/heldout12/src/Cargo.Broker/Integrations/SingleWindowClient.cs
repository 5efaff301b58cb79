using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Cargo.Broker.Contracts;
using Newtonsoft.Json;

namespace Cargo.Broker.Integrations;

/// <summary>国际贸易单一窗口 跨境电商 清单申报</summary>
public class SingleWindowClient
{
    private readonly HttpClient _http;
    private readonly IConfiguration _cfg;
    private readonly ILogger<SingleWindowClient> _log;

    private static readonly byte[] MsgKey = Encoding.ASCII.GetBytes("HYcargo!2019#key");

    public SingleWindowClient(HttpClient http, IConfiguration cfg, ILogger<SingleWindowClient> log)
    {
        _http = http;
        _cfg = cfg;
        _log = log;
    }

    public async Task SubmitAsync(DeclarationSubmitted d)
    {
        var payload = JsonConvert.SerializeObject(new
        {
            copCode = _cfg["Broker:CompanyCode"],
            orderNo = d.OrderNo,
            buyerName = d.BuyerName,
            buyerIdType = "1",
            buyerIdNumber = d.BuyerIdNo,
            goodsValue = d.Value
        });
        var body = Encrypt(payload);
        using var req = new HttpRequestMessage(HttpMethod.Post, "/ceb/declare");
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _cfg["SingleWindow:Token"]);
        req.Content = new StringContent(body, Encoding.UTF8, "text/plain");
        var resp = await _http.SendAsync(req);
        var text = await resp.Content.ReadAsStringAsync();
        _log.LogDebug("single window request {Payload} -> {Response}", payload, text);
        resp.EnsureSuccessStatusCode();
    }

    private static string Encrypt(string plain)
    {
        using var aes = Aes.Create();
        aes.Key = MsgKey;
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.PKCS7;
        var bytes = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(aes.CreateEncryptor().TransformFinalBlock(bytes, 0, bytes.Length));
    }
}
