namespace Rider.Dispatch.Services;

/// <summary>Proposes how many riders each station needs per hour from last weeks' order counts.</summary>
public static class ShiftPlanner
{
    public sealed record HourDemand(DayOfWeek Day, int Hour, double Orders);

    public static Dictionary<(DayOfWeek, int), int> RidersNeeded(IEnumerable<HourDemand> history, double ordersPerRiderHour = 2.6, double buffer = 0.15)
    {
        return history
            .GroupBy(h => (h.Day, h.Hour))
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var sorted = g.Select(x => x.Orders).OrderBy(x => x).ToArray();
                    var p80 = sorted[(int)Math.Floor((sorted.Length - 1) * 0.8)];
                    return (int)Math.Ceiling(p80 * (1 + buffer) / ordersPerRiderHour);
                });
    }

    public static IEnumerable<(int StartHour, int EndHour, int Riders)> Blocks(IReadOnlyDictionary<int, int> perHour, int minBlock = 4)
    {
        var hours = perHour.Keys.OrderBy(h => h).ToList();
        var i = 0;
        while (i < hours.Count)
        {
            var start = hours[i];
            var riders = perHour[start];
            var j = i + 1;
            while (j < hours.Count && hours[j] == hours[j - 1] + 1 && Math.Abs(perHour[hours[j]] - riders) <= 1) j++;
            var end = Math.Max(hours[j - 1] + 1, start + minBlock);
            yield return (start, end, hours.Skip(i).Take(j - i).Max(h => perHour[h]));
            i = j;
        }
    }
}
