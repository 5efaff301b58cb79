using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace RxPharmacy.Api.Integration;

/// <summary>
/// WeChat Pay API v2 (XML) for the mini program. The v2 protocol signs with MD5 or HMAC-SHA256 over
/// the sorted parameters and the merchant API key; the key comes from configuration.
/// </summary>
public sealed class WechatPayV2
{
    private readonly string _mchId;
    private readonly string _apiKey;

    public WechatPayV2(IConfiguration configuration)
    {
        _mchId = configuration["WechatPay:MchId"] ?? "1600123456";
        _apiKey = configuration["WechatPay:ApiKey"] ?? throw new InvalidOperationException("WechatPay:ApiKey missing");
    }

    public string Sign(SortedDictionary<string, string> parameters, bool hmac)
    {
        var text = string.Join("&", parameters.Where(kv => kv.Value.Length > 0 && kv.Key != "sign").Select(kv => kv.Key + "=" + kv.Value)) + "&key=" + _apiKey;
        if (hmac)
        {
            using var h = new HMACSHA256(Encoding.UTF8.GetBytes(_apiKey));
            return Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(text)));
        }

        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public bool VerifyCallback(string xml)
    {
        var doc = XDocument.Parse(xml);
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in doc.Root!.Elements())
        {
            parameters[e.Name.LocalName] = e.Value;
        }

        var signType = parameters.GetValueOrDefault("sign_type", "MD5");
        var expected = Sign(parameters, signType == "HMAC-SHA256");
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(parameters.GetValueOrDefault("sign", "")));
    }

    public string NonceStr() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public string MchId => _mchId;
}
