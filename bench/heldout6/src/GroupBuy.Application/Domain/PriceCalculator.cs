namespace GroupBuy.Domain;

/// <summary>满减、阶梯价和优惠券。金额一律按分四舍五入。</summary>
public static class PriceCalculator
{
    public static decimal TierPrice(decimal groupPrice, int participants)
    {
        // 参团人数越多越便宜，最多九折
        var discount = participants switch
        {
            >= 200 => 0.90m,
            >= 100 => 0.93m,
            >= 50 => 0.96m,
            _ => 1.00m
        };
        return Math.Round(groupPrice * discount, 2, MidpointRounding.AwayFromZero);
    }

    public static decimal FullReduction(decimal goodsAmount, IReadOnlyList<(decimal Threshold, decimal Off)> rules)
    {
        var best = 0m;
        foreach (var (threshold, off) in rules)
            if (goodsAmount >= threshold && off > best) best = off;
        return best;
    }

    public static decimal Payable(Order order, decimal couponValue, IReadOnlyList<(decimal, decimal)> rules)
    {
        var goods = order.GoodsAmount;
        var reduction = FullReduction(goods, rules);
        var pay = goods - reduction - couponValue;
        return pay < 0.01m ? 0.01m : Math.Round(pay, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>按行金额比例把整单优惠分摊到行，末行吃尾差，退款时按行退。</summary>
    public static decimal[] Allocate(decimal discount, IReadOnlyList<decimal> lineTotals)
    {
        var total = lineTotals.Sum();
        var result = new decimal[lineTotals.Count];
        if (total == 0) return result;
        decimal used = 0;
        for (var i = 0; i < lineTotals.Count - 1; i++)
        {
            result[i] = Math.Round(discount * lineTotals[i] / total, 2, MidpointRounding.ToZero);
            used += result[i];
        }
        result[^1] = discount - used;
        return result;
    }
}
