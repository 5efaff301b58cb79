using System.Security.Cryptography;
using System.Text;

namespace Counsel.Portal.Services;

public class PaymentService
{
    private const string AlipayAppId = "2021004112345678";
    private const string MerchantPrivateKey =
        "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQC7xY2kzQ1mWf8pL3vN9tR4bJ6hD0sE2aF5gK7jM1nP3qS8uV0wX2yZ4cB6dE9fH1iK3lM5nO7pQ9rS2tU4vW6xY8zA1bC3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9dE1fG3hI5jK7lM9nO1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hI1jK3lM5nO7pQ9rS1tU3vW5xY7zA9bC1dE3fG5hI7jK9lM1nO3pQ5rS7tU9vW1xY3zA5bC7dE9fG1hI3jK5lM7nO9pQ1rS3tU5vW7xY9zA1bC3dE5fG7hI9jK1lM3nO5";

    public string BuildOrder(long appointmentId, decimal amount)
    {
        var p = new SortedDictionary<string, string>
        {
            ["app_id"] = AlipayAppId,
            ["method"] = "alipay.trade.page.pay",
            ["charset"] = "utf-8",
            ["sign_type"] = "RSA2",
            ["timestamp"] = DateTime.Now.ToString("yyyy-MM-dd HH:mm:ss"),
            ["version"] = "1.0",
            ["biz_content"] = $"{{\"out_trade_no\":\"XY{appointmentId}\",\"total_amount\":\"{amount:F2}\",\"subject\":\"心理咨询\",\"product_code\":\"FAST_INSTANT_TRADE_PAY\"}}"
        };
        var content = string.Join("&", p.Select(kv => kv.Key + "=" + kv.Value));
        using var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(MerchantPrivateKey), out _);
        var sig = rsa.SignData(Encoding.UTF8.GetBytes(content), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return content + "&sign=" + Uri.EscapeDataString(Convert.ToBase64String(sig));
    }

    public static async Task<IResult> NotifyEndpoint(HttpRequest req, ILogger<PaymentService> log)
    {
        var form = await req.ReadFormAsync();
        log.LogInformation("alipay notify trade {TradeNo} status {Status} amount {Amount}", form["out_trade_no"], form["trade_status"], form["total_amount"]);
        log.LogInformation("alipay buyer {BuyerLogonId}", form["buyer_logon_id"]);
        return Results.Text("success");
    }
}
