namespace GovHall.Pages.Services;

/// <summary>
/// Working days of the hall: weekends off, statutory holidays off, and the adjusted working
/// weekends (调休) announced by the State Council each December.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workingWeekends;

    public HolidayCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workingWeekends)
    {
        _holidays = holidays.ToHashSet();
        _workingWeekends = workingWeekends.ToHashSet();
    }

    public bool IsWorkingDay(DateOnly day)
    {
        if (_workingWeekends.Contains(day))
        {
            return true;
        }

        if (_holidays.Contains(day))
        {
            return false;
        }

        return day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        var day = start;
        var added = 0;
        while (added < days)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                added++;
            }
        }

        return day;
    }

    public IEnumerable<DateOnly> NextWorkingDays(DateOnly from, int count)
    {
        var day = from;
        var found = 0;
        while (found < count)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                found++;
                yield return day;
            }
        }
    }
}
