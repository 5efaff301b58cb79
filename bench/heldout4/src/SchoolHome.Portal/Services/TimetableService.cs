namespace SchoolHome.Portal.Services;

public sealed record Period(int Index, TimeOnly Start, TimeOnly End);

public sealed record Lesson(DayOfWeek Day, int Period, string Subject, string Room);

/// <summary>Bell schedule and weekly timetable. Plain scheduling logic.</summary>
public sealed class TimetableService
{
    private static readonly Period[] Bells =
    {
        new(1, new(8, 0), new(8, 40)),
        new(2, new(8, 50), new(9, 30)),
        new(3, new(10, 0), new(10, 40)),  // after the big break (大课间)
        new(4, new(10, 50), new(11, 30)),
        new(5, new(14, 0), new(14, 40)),
        new(6, new(14, 50), new(15, 30)),
        new(7, new(15, 40), new(16, 20)), // after-school service (课后服务)
    };

    private readonly Dictionary<int, List<Lesson>> _byClass = new();

    public IReadOnlyList<Period> BellSchedule => Bells;

    public Period? CurrentPeriod(TimeOnly now) => Bells.FirstOrDefault(b => now >= b.Start && now < b.End);

    public void SetTimetable(int classId, IEnumerable<Lesson> lessons)
    {
        var list = lessons.OrderBy(l => l.Day).ThenBy(l => l.Period).ToList();
        var clash = list.GroupBy(l => (l.Day, l.Period)).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new InvalidOperationException($"class {classId}: two lessons on {clash.Key.Day} period {clash.Key.Period}");
        _byClass[classId] = list;
    }

    public IEnumerable<Lesson> Today(int classId, DayOfWeek day) =>
        _byClass.TryGetValue(classId, out var list) ? list.Where(l => l.Day == day) : Enumerable.Empty<Lesson>();

    public int WeeklyCount(int classId, string subject) =>
        _byClass.TryGetValue(classId, out var list) ? list.Count(l => l.Subject == subject) : 0;

    /// <summary>PE must have at least 3 lessons a week in primary school.</summary>
    public bool MeetsPeRequirement(int classId) => WeeklyCount(classId, "体育") >= 3;
}
