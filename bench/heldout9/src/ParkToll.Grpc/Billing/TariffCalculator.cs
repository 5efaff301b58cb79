using ParkToll.Models;

namespace ParkToll.Billing;

/// <summary>
/// City car-park tariff: first 15 minutes free, then a day rate per started hour with a daily cap,
/// a night rate between 22:00 and 07:00 and a 50 % discount for new-energy (green) plates.
/// </summary>
public sealed class TariffCalculator
{
    public const int GreenPlateColor = 5;

    private static readonly TimeSpan FreePeriod = TimeSpan.FromMinutes(15);

    public sealed record Tariff(long DayHourCents, long NightHourCents, long DailyCapCents, long NightCapCents);

    private readonly Dictionary<string, Tariff> _byLot = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HZ-XH-001"] = new Tariff(500, 200, 4000, 1000),
        ["HZ-XH-002"] = new Tariff(600, 200, 5000, 1000),
        ["HZ-BJ-010"] = new Tariff(400, 100, 3000, 800),
        ["SZ-NS-003"] = new Tariff(800, 300, 6000, 1500),
    };

    private static readonly Tariff Default = new(500, 200, 4000, 1000);

    public long Compute(ParkingSession session, DateTime exitAt)
    {
        var tariff = _byLot.TryGetValue(session.LotCode, out var t) ? t : Default;
        var stay = exitAt - session.EnteredAt;
        if (stay <= FreePeriod)
        {
            return 0;
        }

        long total = 0;
        var cursor = session.EnteredAt;
        while (cursor < exitAt)
        {
            var dayEnd = cursor.Date.AddDays(1);
            var segmentEnd = exitAt < dayEnd ? exitAt : dayEnd;
            total += ComputeDay(tariff, cursor, segmentEnd);
            cursor = segmentEnd;
        }

        if (session.PlateColor == GreenPlateColor)
        {
            total /= 2;
        }

        return RoundToTenCents(total);
    }

    private static long ComputeDay(Tariff tariff, DateTime from, DateTime to)
    {
        long day = 0, night = 0;
        var hourStart = from;
        while (hourStart < to)
        {
            if (IsNight(hourStart))
            {
                night += tariff.NightHourCents;
            }
            else
            {
                day += tariff.DayHourCents;
            }
            hourStart = hourStart.AddHours(1);
        }

        day = Math.Min(day, tariff.DailyCapCents);
        night = Math.Min(night, tariff.NightCapCents);
        return Math.Min(day + night, tariff.DailyCapCents + tariff.NightCapCents);
    }

    private static bool IsNight(DateTime t) => t.Hour >= 22 || t.Hour < 7;

    private static long RoundToTenCents(long cents) => (cents + 5) / 10 * 10;

    public string FormatFee(long cents) => cents == 0 ? "免费" : $"{cents / 100}.{cents % 100:00}元";
}
