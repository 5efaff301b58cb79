namespace FitClub.Api.GraphQL;

public sealed record ClassSlot(string Club, string Studio, string ClassName, string Coach, TimeOnly Start, int Minutes, int Capacity);

/// <summary>Group-class timetable (weekly pattern, per club).</summary>
public static class Timetables
{
    private static readonly Dictionary<string, List<(DayOfWeek Day, ClassSlot Slot)>> Pattern = new()
    {
        ["xihu"] = new()
        {
            (DayOfWeek.Monday, new ClassSlot("xihu", "A", "Spinning", "Coach Lin", new TimeOnly(7, 0), 45, 24)),
            (DayOfWeek.Monday, new ClassSlot("xihu", "B", "Yoga Flow", "Coach Zhou", new TimeOnly(19, 30), 60, 20)),
            (DayOfWeek.Wednesday, new ClassSlot("xihu", "A", "HIIT", "Coach Lin", new TimeOnly(12, 15), 30, 18)),
            (DayOfWeek.Saturday, new ClassSlot("xihu", "C", "Pilates", "Coach Wu", new TimeOnly(10, 0), 50, 12)),
        },
        ["binjiang"] = new()
        {
            (DayOfWeek.Tuesday, new ClassSlot("binjiang", "A", "Body Pump", "Coach Chen", new TimeOnly(18, 30), 55, 30)),
            (DayOfWeek.Thursday, new ClassSlot("binjiang", "A", "Zumba", "Coach He", new TimeOnly(19, 0), 50, 30)),
            (DayOfWeek.Sunday, new ClassSlot("binjiang", "B", "Stretch", "Coach He", new TimeOnly(9, 0), 40, 16)),
        },
    };

    public static IReadOnlyList<ClassSlot> For(string club, DateOnly day) =>
        Pattern.TryGetValue(club, out var slots)
            ? slots.Where(s => s.Day == day.DayOfWeek).Select(s => s.Slot).OrderBy(s => s.Start).ToList()
            : Array.Empty<ClassSlot>();

    public static double Utilisation(int booked, int capacity) => capacity == 0 ? 0 : Math.Round(100.0 * booked / capacity, 1);

    public static int WaitlistPosition(IReadOnlyList<DateTime> waitlistJoinedAt, DateTime joinedAt) =>
        waitlistJoinedAt.Count(t => t < joinedAt) + 1;
}
