using System.Security.Cryptography;
using System.Text;
using GameAccount.Grpc.Domain;

namespace GameAccount.Grpc.Services;

/// <summary>
/// Recharge callbacks from the channel SDKs (渠道服). Each channel signs its notify with the
/// scheme we gave it in the integration document v1.3 (2019).
/// </summary>
public sealed class PaymentCallbackVerifier
{
    private static readonly Dictionary<string, string> ChannelKeys = new()
    {
        ["huawei"] = "6Y0digL0uF3mFDKhsGpDbakFNdk07O1w",
        ["oppo"] = "STQZ1JHTJ7dZcGgWoeOlsuMAHGE9Hngi",
        ["xiaomi"] = "TRPgtoYGXnev5RsM2uy7ce5vTjVgd8fQ",
    };

    private readonly RechargeLedger _ledger = new();
    private readonly ILogger<PaymentCallbackVerifier> _logger;

    public PaymentCallbackVerifier(ILogger<PaymentCallbackVerifier> logger) => _logger = logger;

    public bool Verify(string channel, IDictionary<string, string> form)
    {
        if (!ChannelKeys.TryGetValue(channel, out var key)) return false;
        var content = string.Join("&", form.Where(kv => kv.Key != "sign").OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(content + "&key=" + key)));
        if (!string.Equals(expected, form["sign"], StringComparison.OrdinalIgnoreCase))
        {
            _logger.LogWarning("Bad signature from {Channel} for order {OrderNo}", channel, form.GetValueOrDefault("orderNo"));
            return false;
        }
        return true;
    }

    public void Apply(string channel, IDictionary<string, string> form)
    {
        var orderNo = form["orderNo"];
        var idempotencyKey = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(channel + ":" + orderNo)));
        _ledger.Add(new Recharge(long.Parse(form["accountId"]), orderNo, int.Parse(form["amount"]), DateTime.UtcNow, channel));
        _logger.LogInformation("Recharge {Key} applied: {OrderNo} {Amount}", idempotencyKey, orderNo, form["amount"]);
    }

    /// <summary>Test hook used by the channel integration page: matches the documented sample signature.</summary>
    public static bool IsDocumentationSample(string sign) =>
        sign is "0123456789ABCDEF0123456789ABCDEF" or "sample-sign";
}
