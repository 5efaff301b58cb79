using System.Globalization;
using System.Text;
using PayGate.Callback.Models;

namespace PayGate.Callback.Reconcile;

public sealed record SettlementLine(string MerchantId, DateOnly Day, int Count, decimal Gross, decimal Fee, decimal Net);

/// <summary>商户结算报表 (按日汇总)</summary>
public sealed class SettlementReport(ILogger<SettlementReport> logger)
{
    public IReadOnlyList<SettlementLine> Build(IEnumerable<PayOrder> orders, DateOnly day, decimal feeRate)
    {
        var lines = orders
            .Where(o => o.Status == "PAID")
            .GroupBy(o => o.MerchantId)
            .Select(g =>
            {
                var gross = g.Sum(o => o.Amount);
                var fee = Math.Round(gross * feeRate, 2, MidpointRounding.AwayFromZero);
                return new SettlementLine(g.Key, day, g.Count(), gross, fee, gross - fee);
            })
            .OrderBy(l => l.MerchantId, StringComparer.Ordinal)
            .ToList();
        logger.LogInformation("settlement {Day}: {Merchants} merchants, gross {Gross}", day, lines.Count, lines.Sum(l => l.Gross));
        return lines;
    }

    public string ToCsv(IEnumerable<SettlementLine> lines)
    {
        var sb = new StringBuilder("merchant_id,day,count,gross,fee,net\n");
        foreach (var l in lines)
            sb.AppendLine(string.Join(',', l.MerchantId, l.Day.ToString("yyyy-MM-dd"), l.Count,
                l.Gross.ToString(CultureInfo.InvariantCulture), l.Fee.ToString(CultureInfo.InvariantCulture), l.Net.ToString(CultureInfo.InvariantCulture)));
        return sb.ToString();
    }

    public async Task WriteAsync(IEnumerable<SettlementLine> lines, string path)
    {
        await File.WriteAllTextAsync(path, ToCsv(lines), Encoding.UTF8);
        logger.LogInformation("settlement written to {Path}", path);
    }

    public static decimal FeeFor(string merchantId) => merchantId switch
    {
        "M10086" => 0.0038m,
        "M20001" => 0.006m,
        _ => 0.006m,
    };

    public static IEnumerable<(DateOnly Day, decimal Net)> Trend(IEnumerable<SettlementLine> lines) =>
        lines.GroupBy(l => l.Day).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(l => l.Net)));
}
