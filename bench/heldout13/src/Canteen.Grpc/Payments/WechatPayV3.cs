using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Canteen.Grpc.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Serilog;

namespace Canteen.Grpc.Payments;

/// <summary>
/// 微信支付 APIv3：家长充值下单 + 支付结果通知
/// </summary>
public class WechatPayV3
{
    // 商户私钥（apiclient_key.pem），先放这里，证书平台申请下来再改成文件
    private const string MerchantPrivateKey = @"-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7kq2vWc8N3xYh
Fj3Lm0pQe7RsT9uV1wX2yZ4aB6cD8eF0gH2iJ4kL6mN8oP0qR2sT4uV6wX8yZ0aB
2cD4eF6gH8iJ0kL2mN4oP6qR8sT0uV2wX4yZ6aB8cD0eF2gH4iJ6kL8mN0oP2qR4
-----END PRIVATE KEY-----";

    private readonly IConfiguration _cfg;
    private readonly CanteenDbContext _db;
    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://api.mch.weixin.qq.com/") };

    public WechatPayV3(IConfiguration cfg, CanteenDbContext db)
    {
        _cfg = cfg;
        _db = db;
    }

    public async Task<string> CreateTopUpAsync(Student s, int amountFen, string payerOpenId)
    {
        var outTradeNo = $"TU{DateTime.Now:yyyyMMddHHmmss}{Random.Shared.Next(1000, 9999)}";
        var body = JsonSerializer.Serialize(new
        {
            appid = _cfg["WechatPay:AppId"],
            mchid = _cfg["WechatPay:MchId"],
            description = $"饭卡充值-{s.StudentNo}",
            out_trade_no = outTradeNo,
            notify_url = _cfg["WechatPay:NotifyUrl"],
            amount = new { total = amountFen, currency = "CNY" },
            payer = new { openid = payerOpenId }
        });

        var nonce = Guid.NewGuid().ToString("N");
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var message = $"POST\n/v3/pay/transactions/jsapi\n{ts}\n{nonce}\n{body}\n";
        using var rsa = RSA.Create();
        rsa.ImportFromPem(MerchantPrivateKey);
        var signature = Convert.ToBase64String(rsa.SignData(Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        var req = new HttpRequestMessage(HttpMethod.Post, "v3/pay/transactions/jsapi") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        req.Headers.TryAddWithoutValidation("Authorization",
            $"WECHATPAY2-SHA256-RSA2048 mchid=\"{_cfg["WechatPay:MchId"]}\",nonce_str=\"{nonce}\",timestamp=\"{ts}\",serial_no=\"{_cfg["WechatPay:CertSerialNo"]}\",signature=\"{signature}\"");
        var resp = await _http.SendAsync(req);
        var text = await resp.Content.ReadAsStringAsync();

        _db.TopUps.Add(new TopUp { StudentId = s.Id, OutTradeNo = outTradeNo, AmountFen = amountFen, PayerOpenId = payerOpenId, CreatedAt = DateTime.Now });
        await _db.SaveChangesAsync();
        Log.Information("topup {OutTradeNo} for {StudentNo} amount {Amount}", outTradeNo, s.StudentNo, amountFen);
        return text;
    }

    public async Task HandleNotifyAsync(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var resource = doc.RootElement.GetProperty("resource");
        var plain = DecryptResource(
            resource.GetProperty("associated_data").GetString()!,
            resource.GetProperty("nonce").GetString()!,
            resource.GetProperty("ciphertext").GetString()!);

        using var tx = JsonDocument.Parse(plain);
        var outTradeNo = tx.RootElement.GetProperty("out_trade_no").GetString();
        var state = tx.RootElement.GetProperty("trade_state").GetString();
        var topUp = await _db.TopUps.FirstOrDefaultAsync(t => t.OutTradeNo == outTradeNo);
        if (topUp == null)
        {
            Log.Warning("notify for unknown order {OutTradeNo}: {Plain}", outTradeNo, plain);
            return;
        }
        if (topUp.State != "SUCCESS" && state == "SUCCESS")
        {
            topUp.State = state;
            topUp.TransactionId = tx.RootElement.GetProperty("transaction_id").GetString();
            var s = await _db.Students.FirstAsync(x => x.Id == topUp.StudentId);
            s.BalanceFen += topUp.AmountFen;
            await _db.SaveChangesAsync();
        }
    }

    private string DecryptResource(string associatedData, string nonce, string ciphertext)
    {
        var key = Encoding.UTF8.GetBytes(_cfg["WechatPay:ApiV3Key"]!);
        var data = Convert.FromBase64String(ciphertext);
        var tag = data[^16..];
        var cipher = data[..^16];
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(Encoding.UTF8.GetBytes(nonce), cipher, tag, plain, Encoding.UTF8.GetBytes(associatedData));
        return Encoding.UTF8.GetString(plain);
    }
}
