using System.Security.Cryptography;
using System.Text;

namespace PayGate.Callback.Channels;

public sealed class AlipayNotifyVerifier(IConfiguration config, ILogger<AlipayNotifyVerifier> logger)
{
    private const string AppId = "2021004112345678";
    private const string SignTypeRsa2 = "RSA2";
    // 老商户仍走 MD5 签名
    private const string LegacyMd5Key = "k8mxv2tq9pl3wz7nb5rc1yd6hj4sa0fe";

    private const string AlipayPublicKey =
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq3fXk9Y2lHhVnB8sT0pQ4w";

    public bool Verify(IReadOnlyDictionary<string, string> fields)
    {
        var signType = fields.GetValueOrDefault("sign_type", SignTypeRsa2);
        var content = string.Join("&", fields.Where(kv => kv.Key is not ("sign" or "sign_type")).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        var sign = fields.GetValueOrDefault("sign") ?? "";
        if (signType == "MD5")
        {
            var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(content + LegacyMd5Key))).ToLowerInvariant();
            return expected == sign;
        }
        using var rsa = RSA.Create();
        rsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(config["Alipay:PublicKey"] ?? AlipayPublicKey), out _);
        var ok = rsa.VerifyData(Encoding.UTF8.GetBytes(content), Convert.FromBase64String(sign), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (!ok) logger.LogWarning("alipay sign mismatch for {OutTradeNo}", fields.GetValueOrDefault("out_trade_no"));
        return ok;
    }
}

public sealed class WechatPayV2Client(HttpClient http, ILogger<WechatPayV2Client> logger)
{
    private const string MchId = "1612345678";
    private const string ApiKey = "manDyMYYSBJBpNHWWLVih5dKnyIVacRR";

    public string Sign(IDictionary<string, string> p)
    {
        var s = string.Join("&", p.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value}")) + "&key=" + ApiKey;
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(s)));
    }

    public string SignHmac(IDictionary<string, string> p)
    {
        var s = string.Join("&", p.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value}")) + "&key=" + ApiKey;
        using var h = new HMACSHA256(Encoding.UTF8.GetBytes(ApiKey));
        return Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(s)));
    }

    public async Task<string> UnifiedOrderAsync(string outTradeNo, int totalFee, string openId)
    {
        var p = new Dictionary<string, string> { ["mch_id"] = MchId, ["out_trade_no"] = outTradeNo, ["total_fee"] = totalFee.ToString(), ["openid"] = openId, ["nonce_str"] = Guid.NewGuid().ToString("N") };
        p["sign"] = SignHmac(p);
        var resp = await http.PostAsync("https://api.mch.weixin.qq.com/pay/unifiedorder", new StringContent(ToXml(p)));
        logger.LogInformation("unifiedorder {OutTradeNo} -> {Status}", outTradeNo, resp.StatusCode);
        return await resp.Content.ReadAsStringAsync();
    }

    private static string ToXml(IDictionary<string, string> p) => "<xml>" + string.Concat(p.Select(kv => $"<{kv.Key}><![CDATA[{kv.Value}]]></{kv.Key}>")) + "</xml>";
}
