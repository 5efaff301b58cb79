using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Marten;

namespace FitClub.Api.Payments;

/// <summary>
/// WeChat Pay API v2 (the membership kiosks still use the v2 native QR flow). v2 signs every
/// message with MD5 over the sorted parameters plus the merchant API key; that is the protocol.
/// </summary>
public sealed class WechatPayV2
{
    private const string MchId = "1603948812";
    private const string AppId = "wx5e1d8c3b7a902f46";
    private const string ApiKey = "Fc8sWq2LmN5vB7xZ1kR4tY6uP9oA3eD0";

    public static string Sign(IDictionary<string, string> p)
    {
        var sb = new StringBuilder();
        foreach (var kv in p.Where(kv => kv.Key != "sign" && !string.IsNullOrEmpty(kv.Value)).OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append(kv.Key).Append('=').Append(kv.Value).Append('&');
        }

        sb.Append("key=").Append(ApiKey);
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    public static async Task<IResult> HandleNotifyAsync(HttpRequest request, IDocumentSession session, ILoggerFactory lf)
    {
        var log = lf.CreateLogger<WechatPayV2>();
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync();
        var doc = XDocument.Parse(xml);
        var p = doc.Root!.Elements().ToDictionary(e => e.Name.LocalName, e => e.Value);

        if (!p.TryGetValue("sign", out var sign) || !string.Equals(sign, Sign(p), StringComparison.OrdinalIgnoreCase))
        {
            log.LogWarning("WeChat notify with bad sign for order {OutTradeNo}", p.GetValueOrDefault("out_trade_no"));
            return Results.Content("<xml><return_code><![CDATA[FAIL]]></return_code></xml>", "text/xml");
        }

        if (p.GetValueOrDefault("mch_id") != MchId || p.GetValueOrDefault("appid") != AppId)
        {
            return Results.Content("<xml><return_code><![CDATA[FAIL]]></return_code></xml>", "text/xml");
        }

        var order = await session.LoadAsync<MembershipOrder>(p["out_trade_no"]);
        if (order is not null && !order.Paid)
        {
            order.Paid = true;
            order.TransactionId = p["transaction_id"];
            session.Store(order);
            await session.SaveChangesAsync();
            log.LogInformation("Order {OrderNo} paid, {Fee} fen", order.Id, p.GetValueOrDefault("total_fee"));
        }

        return Results.Content("<xml><return_code><![CDATA[SUCCESS]]></return_code></xml>", "text/xml");
    }
}

public sealed class MembershipOrder
{
    public string Id { get; set; } = "";
    public Guid MemberId { get; set; }
    public int AmountFen { get; set; }
    public bool Paid { get; set; }
    public string? TransactionId { get; set; }
}
