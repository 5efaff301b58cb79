using BoxOffice.Domain;

namespace BoxOffice.Services;

/// <summary>Zone prices, early-bird and promo codes. Pure functions so the finance team can unit-test their rules.</summary>
public static class PricingEngine
{
    private static readonly Dictionary<string, (decimal Percent, decimal Cap, DateTime Expires)> Promos = new(StringComparer.OrdinalIgnoreCase)
    {
        ["STUDENT15"] = (15m, 80m, new DateTime(2027, 6, 30)),
        ["EARLY10"] = (10m, 50m, new DateTime(2027, 1, 31)),
        ["GROUP20"] = (20m, 300m, new DateTime(2027, 12, 31)),
    };

    public static decimal SeatPrice(Show show, SeatRef seat) =>
        show.PriceByZone.TryGetValue(seat.Zone, out var p) ? p : throw new ArgumentException($"Zone {seat.Zone} not on sale");

    public static decimal Total(Show show, IReadOnlyList<SeatRef> seats, string? promoCode, DateTime now)
    {
        var gross = seats.Sum(s => SeatPrice(show, s));
        if (promoCode is null || !Promos.TryGetValue(promoCode, out var promo) || promo.Expires < now)
        {
            return gross;
        }
        if (promoCode.Equals("GROUP20", StringComparison.OrdinalIgnoreCase) && seats.Count < 10)
        {
            return gross;
        }
        var discount = Math.Min(gross * promo.Percent / 100m, promo.Cap);
        return Math.Round(gross - discount, 2, MidpointRounding.AwayFromZero);
    }

    public static decimal RefundAmount(Order order, Show show, DateTime now)
    {
        var hours = (show.StartsAt - now).TotalHours;
        var rate = hours switch
        {
            >= 24 * 7 => 1.0m,
            >= 48 => 0.8m,
            >= 24 => 0.5m,
            _ => 0m,
        };
        return Math.Round(order.Total * rate, 2);
    }
}

/// <summary>Seat map of the main hall: rows A–T, 30 seats, aisle after seat 15.</summary>
public static class SeatMap
{
    public static IEnumerable<SeatRef> Zone(string zone) => zone switch
    {
        "VIP" => Rows('A', 'C').SelectMany(r => Enumerable.Range(6, 20).Select(s => new SeatRef(zone, r.ToString(), s))),
        "A" => Rows('D', 'J').SelectMany(r => Enumerable.Range(1, 30).Select(s => new SeatRef(zone, r.ToString(), s))),
        "B" => Rows('K', 'T').SelectMany(r => Enumerable.Range(1, 30).Select(s => new SeatRef(zone, r.ToString(), s))),
        _ => Enumerable.Empty<SeatRef>(),
    };

    public static bool Adjacent(SeatRef a, SeatRef b) =>
        a.Zone == b.Zone && a.Row == b.Row && Math.Abs(a.Seat - b.Seat) == 1 && !(Math.Min(a.Seat, b.Seat) == 15);

    private static IEnumerable<char> Rows(char from, char to)
    {
        for (var c = from; c <= to; c++) yield return c;
    }
}
