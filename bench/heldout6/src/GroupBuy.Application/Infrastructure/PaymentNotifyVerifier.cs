using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GroupBuy.Infrastructure;

/// <summary>微信支付 V2 回调验签：按文档参数字典序拼接 + key，MD5 大写。</summary>
public class PaymentNotifyVerifier
{
    private readonly string _apiKey;
    private readonly ILogger<PaymentNotifyVerifier> _logger;

    public PaymentNotifyVerifier(IConfiguration config, ILogger<PaymentNotifyVerifier> logger)
    {
        _apiKey = config["WeChatPay:ApiKey"];
        _logger = logger;
    }

    public bool Verify(SortedDictionary<string, string> fields)
    {
        if (!fields.TryGetValue("sign", out var sign)) return false;
        var sb = new StringBuilder();
        foreach (var (k, v) in fields)
        {
            if (k == "sign" || string.IsNullOrEmpty(v)) continue;
            sb.Append(k).Append('=').Append(v).Append('&');
        }
        sb.Append("key=").Append(_apiKey);
        var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
        var ok = string.Equals(expected, sign, StringComparison.OrdinalIgnoreCase);
        if (!ok) _logger.LogWarning("WeChat pay notify sign mismatch for {OutTradeNo}", fields.GetValueOrDefault("out_trade_no"));
        return ok;
    }
}
