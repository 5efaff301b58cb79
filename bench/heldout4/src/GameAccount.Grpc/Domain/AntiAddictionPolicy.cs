namespace GameAccount.Grpc.Domain;

/// <summary>
/// Rules of the 2021 notice on preventing minors' addiction to online games (国家新闻出版署):
/// minors may play only 20:00–21:00 on Fridays, Saturdays, Sundays and statutory holidays.
/// Guests (no real-name) may not play at all since 2021. Recharge limits by age band.
/// </summary>
public sealed class AntiAddictionPolicy
{
    private static readonly TimeOnly WindowStart = new(20, 0);
    private static readonly TimeOnly WindowEnd = new(21, 0);

    private readonly IReadOnlySet<DateOnly> _holidays;

    public AntiAddictionPolicy(IReadOnlySet<DateOnly> holidays) => _holidays = holidays;

    public bool IsPlayDay(DateOnly day) =>
        day.DayOfWeek is DayOfWeek.Friday or DayOfWeek.Saturday or DayOfWeek.Sunday || _holidays.Contains(day);

    public bool CanPlay(PlayerAccount account, DateTime localNow)
    {
        if (account.RealNameStatus != RealNameStatus.Passed) return false;
        var today = DateOnly.FromDateTime(localNow);
        if (!account.IsMinor(today)) return true;
        var time = TimeOnly.FromDateTime(localNow);
        return IsPlayDay(today) && time >= WindowStart && time < WindowEnd;
    }

    public int MinutesLeft(PlayerAccount account, DateTime localNow, TimeSpan playedToday)
    {
        if (!CanPlay(account, localNow)) return 0;
        var today = DateOnly.FromDateTime(localNow);
        if (!account.IsMinor(today)) return int.MaxValue;
        var untilWindowEnd = (int)(WindowEnd.ToTimeSpan() - TimeOnly.FromDateTime(localNow).ToTimeSpan()).TotalMinutes;
        var budget = 60 - (int)playedToday.TotalMinutes;
        return Math.Max(0, Math.Min(untilWindowEnd, budget));
    }

    /// <summary>Per-payment and monthly recharge caps in fen (分).</summary>
    public static (int PerPayment, int Monthly) RechargeCaps(int age) => age switch
    {
        < 8 => (0, 0),
        < 16 => (5_000, 20_000),
        < 18 => (10_000, 40_000),
        _ => (int.MaxValue, int.MaxValue),
    };

    public static int AgeOn(DateOnly birth, DateOnly today)
    {
        var age = today.Year - birth.Year;
        if (birth > today.AddYears(-age)) age--;
        return age;
    }

    public DateTime? NextWindow(DateTime localNow)
    {
        for (var i = 0; i < 8; i++)
        {
            var day = DateOnly.FromDateTime(localNow).AddDays(i);
            if (!IsPlayDay(day)) continue;
            var start = day.ToDateTime(WindowStart);
            if (start > localNow || (i == 0 && TimeOnly.FromDateTime(localNow) < WindowEnd))
                return start > localNow ? start : localNow;
        }
        return null;
    }
}
