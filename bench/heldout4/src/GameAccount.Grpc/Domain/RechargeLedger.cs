namespace GameAccount.Grpc.Domain;

public sealed record Recharge(long AccountId, string OrderNo, int AmountFen, DateTime PaidAt, string Channel);

/// <summary>Monthly recharge totals per account, for the minors' caps and for finance reports.</summary>
public sealed class RechargeLedger
{
    private readonly List<Recharge> _items = new();

    public void Add(Recharge r)
    {
        if (r.AmountFen <= 0) throw new ArgumentOutOfRangeException(nameof(r), "amount must be positive");
        if (_items.Any(x => x.OrderNo == r.OrderNo)) return; // callbacks are retried by the channel
        _items.Add(r);
    }

    public int MonthTotal(long accountId, int year, int month) =>
        _items.Where(r => r.AccountId == accountId && r.PaidAt.Year == year && r.PaidAt.Month == month).Sum(r => r.AmountFen);

    public bool WithinCaps(long accountId, int amountFen, int age, DateTime now)
    {
        var (perPayment, monthly) = AntiAddictionPolicy.RechargeCaps(age);
        if (amountFen > perPayment) return false;
        return MonthTotal(accountId, now.Year, now.Month) + (long)amountFen <= monthly;
    }

    public IEnumerable<(string Channel, long TotalFen)> ByChannel(DateOnly from, DateOnly to) =>
        _items.Where(r => DateOnly.FromDateTime(r.PaidAt) >= from && DateOnly.FromDateTime(r.PaidAt) <= to)
              .GroupBy(r => r.Channel)
              .Select(g => (g.Key, g.Sum(r => (long)r.AmountFen)))
              .OrderByDescending(x => x.Item2);

    public static string FormatYuan(long fen) => (fen / 100m).ToString("0.00");
}
