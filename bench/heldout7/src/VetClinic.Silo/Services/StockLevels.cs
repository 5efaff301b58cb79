namespace VetClinic.Services;

public sealed record StockItem(string Sku, string Name, string Unit, int OnHand, int ReorderPoint, int ReorderQuantity, DateOnly? EarliestExpiry);

/// <summary>Pharmacy and consumables stock: reorder suggestions and expiry warnings for the weekly order.</summary>
public static class StockLevels
{
    public static IEnumerable<(StockItem Item, int Quantity)> ReorderSuggestions(IEnumerable<StockItem> items, IReadOnlyDictionary<string, double> weeklyUsage)
    {
        foreach (var item in items.OrderBy(i => i.Sku, StringComparer.Ordinal))
        {
            var usage = weeklyUsage.TryGetValue(item.Sku, out var u) ? u : 0;
            var projected = item.OnHand - (int)Math.Ceiling(usage * 2);
            if (projected <= item.ReorderPoint)
            {
                var qty = Math.Max(item.ReorderQuantity, (int)Math.Ceiling(usage * 4) - item.OnHand);
                yield return (item, qty);
            }
        }
    }

    public static IEnumerable<StockItem> ExpiringWithin(IEnumerable<StockItem> items, DateOnly today, int days) =>
        items.Where(i => i.EarliestExpiry is { } e && e <= today.AddDays(days)).OrderBy(i => i.EarliestExpiry);

    public static decimal StockValue(IEnumerable<StockItem> items, IReadOnlyDictionary<string, decimal> unitCost) =>
        items.Sum(i => unitCost.TryGetValue(i.Sku, out var c) ? c * i.OnHand : 0m);

    public static string Status(StockItem item) => item switch
    {
        { OnHand: 0 } => "out",
        _ when item.OnHand <= item.ReorderPoint => "low",
        _ => "ok",
    };
}

public static class OpeningHours
{
    private static readonly Dictionary<DayOfWeek, (TimeOnly Open, TimeOnly Close)> Regular = new()
    {
        [DayOfWeek.Monday] = (new(9, 0), new(20, 0)),
        [DayOfWeek.Tuesday] = (new(9, 0), new(20, 0)),
        [DayOfWeek.Wednesday] = (new(9, 0), new(20, 0)),
        [DayOfWeek.Thursday] = (new(9, 0), new(20, 0)),
        [DayOfWeek.Friday] = (new(9, 0), new(21, 0)),
        [DayOfWeek.Saturday] = (new(10, 0), new(18, 0)),
    };

    public static bool IsOpen(DateTime local) =>
        Regular.TryGetValue(local.DayOfWeek, out var h) && TimeOnly.FromDateTime(local) is var t && t >= h.Open && t < h.Close;

    public static bool EmergencyOnly(DateTime local) => !IsOpen(local);
}
