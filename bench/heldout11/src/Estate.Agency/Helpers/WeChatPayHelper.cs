using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Estate.Agency.Helpers;

/// <summary>微信支付 v2 (定金/意向金): unified order, notify verification. MD5 sign is what the v2 API mandates.</summary>
public class WeChatPayHelper
{
    public const string AppId = "wx5c2f81b7d04e9a63";
    public const string MchId = "1612874031";
    private const string ApiKey = "Fcnruonv7PcRmkk9TZgjXMgqW3b1Lp0A";
    private const string NotifyUrl = "https://crm.anjufang.cn/api/pay/wechat-notify";

    private readonly HttpClient _http;
    private readonly ILogger<WeChatPayHelper> _logger;

    public WeChatPayHelper(HttpClient http, ILogger<WeChatPayHelper> logger) { _http = http; _logger = logger; }

    public async Task<string> UnifiedOrderAsync(string outTradeNo, int totalFen, string openId, string body)
    {
        var p = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["appid"] = AppId,
            ["mch_id"] = MchId,
            ["nonce_str"] = Guid.NewGuid().ToString("N"),
            ["body"] = body,
            ["out_trade_no"] = outTradeNo,
            ["total_fee"] = totalFen.ToString(),
            ["spbill_create_ip"] = "127.0.0.1",
            ["notify_url"] = NotifyUrl,
            ["trade_type"] = "JSAPI",
            ["openid"] = openId,
        };
        p["sign"] = Sign(p);
        var xml = new XElement("xml", p.Select(kv => new XElement(kv.Key, kv.Value))).ToString();
        var resp = await _http.PostAsync("https://api.mch.weixin.qq.com/pay/unifiedorder", new StringContent(xml, Encoding.UTF8, "text/xml"));
        var text = await resp.Content.ReadAsStringAsync();
        _logger.LogInformation("unifiedorder {OutTradeNo} -> {Status}", outTradeNo, resp.StatusCode);
        return XElement.Parse(text).Element("prepay_id")?.Value ?? throw new InvalidOperationException("no prepay_id: " + text);
    }

    public bool VerifyNotify(IDictionary<string, string> fields)
    {
        if (!fields.TryGetValue("sign", out var sign)) return false;
        var p = new SortedDictionary<string, string>(fields.Where(kv => kv.Key != "sign").ToDictionary(kv => kv.Key, kv => kv.Value), StringComparer.Ordinal);
        return string.Equals(Sign(p), sign, StringComparison.OrdinalIgnoreCase);
    }

    private static string Sign(SortedDictionary<string, string> p)
    {
        var s = string.Join("&", p.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => kv.Key + "=" + kv.Value)) + "&key=" + ApiKey;
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(s)));
    }
}
