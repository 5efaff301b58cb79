using BoxOffice.Domain;

namespace BoxOffice.Services;

/// <summary>Sales windows, presales and the on-sale calendar shown on the home page.</summary>
public static class ShowScheduler
{
    public sealed record SalesWindow(DateTime PresaleStart, DateTime GeneralStart, DateTime SalesEnd);

    public static SalesWindow WindowFor(Show show, bool hasPresale)
    {
        var general = show.StartsAt.Date.AddDays(-45).AddHours(12);
        var presale = hasPresale ? general.AddDays(-3) : general;
        var end = show.StartsAt.AddHours(-2);
        return new SalesWindow(presale, general, end);
    }

    public static string Phase(SalesWindow w, DateTime now) =>
        now < w.PresaleStart ? "announced"
        : now < w.GeneralStart ? "presale"
        : now < w.SalesEnd ? "on-sale"
        : "closed";

    public static IEnumerable<IGrouping<DateOnly, Show>> Calendar(IEnumerable<Show> shows, DateOnly from, int days) =>
        shows.Where(s => DateOnly.FromDateTime(s.StartsAt) >= from && DateOnly.FromDateTime(s.StartsAt) < from.AddDays(days))
             .OrderBy(s => s.StartsAt)
             .GroupBy(s => DateOnly.FromDateTime(s.StartsAt));

    public static bool Overlaps(Show a, Show b, TimeSpan changeover) =>
        a.Venue == b.Venue && a.StartsAt < b.StartsAt.Add(TimeSpan.FromHours(3) + changeover) && b.StartsAt < a.StartsAt.Add(TimeSpan.FromHours(3) + changeover);

    public static int CapacityLeft(int capacity, int sold, int held) => Math.Max(0, capacity - sold - held);

    public static decimal OccupancyPercent(int capacity, int sold) => capacity == 0 ? 0 : Math.Round(sold * 100m / capacity, 1);
}
