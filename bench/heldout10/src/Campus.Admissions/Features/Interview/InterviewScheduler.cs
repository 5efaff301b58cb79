namespace Campus.Admissions.Features.Interview;

/// <summary>Schedules the comprehensive-evaluation interviews (综合评价面试): panels, rooms, 15-minute slots,
/// no applicant before 8:30 or after 17:30, lunch break, and at most 16 applicants per panel per half-day.</summary>
public static class InterviewScheduler
{
    public sealed record Panel(int Id, string Room, string[] Majors);
    public sealed record Candidate(long ApplicantId, string Major, bool NeedsAccessibleRoom);
    public sealed record Slot(long ApplicantId, int PanelId, string Room, DateTime Start, DateTime End);

    private static readonly TimeSpan SlotLength = TimeSpan.FromMinutes(15);
    private static readonly TimeOnly MorningStart = new(8, 30);
    private static readonly TimeOnly MorningEnd = new(11, 30);
    private static readonly TimeOnly AfternoonStart = new(13, 30);
    private static readonly TimeOnly AfternoonEnd = new(17, 30);

    public static (List<Slot> Scheduled, List<long> Unscheduled) Plan(DateOnly day, IReadOnlyList<Panel> panels, IEnumerable<Candidate> candidates, ISet<string> accessibleRooms)
    {
        var scheduled = new List<Slot>();
        var unscheduled = new List<long>();
        var next = panels.ToDictionary(p => p.Id, _ => day.ToDateTime(MorningStart));

        foreach (var c in candidates.OrderByDescending(c => c.NeedsAccessibleRoom).ThenBy(c => c.Major))
        {
            var options = panels
                .Where(p => p.Majors.Contains(c.Major) || p.Majors.Contains("*"))
                .Where(p => !c.NeedsAccessibleRoom || accessibleRooms.Contains(p.Room))
                .OrderBy(p => next[p.Id])
                .ToList();
            var placed = false;
            foreach (var p in options)
            {
                var start = Normalize(next[p.Id], day);
                if (start is null) continue;
                var end = start.Value + SlotLength;
                scheduled.Add(new Slot(c.ApplicantId, p.Id, p.Room, start.Value, end));
                next[p.Id] = end;
                placed = true;
                break;
            }
            if (!placed) unscheduled.Add(c.ApplicantId);
        }
        return (scheduled, unscheduled);
    }

    private static DateTime? Normalize(DateTime t, DateOnly day)
    {
        var time = TimeOnly.FromDateTime(t);
        if (time < MorningStart) return day.ToDateTime(MorningStart);
        if (time.Add(SlotLength) <= MorningEnd) return t;
        if (time < AfternoonStart) return day.ToDateTime(AfternoonStart);
        if (time.Add(SlotLength) <= AfternoonEnd) return t;
        return null;
    }

    public static string Ics(Slot s, string summary)
    {
        static string F(DateTime d) => d.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'");
        return string.Join("\r\n",
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//campus//admissions//CN",
            "BEGIN:VEVENT",
            $"UID:interview-{s.ApplicantId}-{s.PanelId}@admissions.campus.edu.cn",
            $"DTSTART:{F(s.Start)}", $"DTEND:{F(s.End)}",
            $"LOCATION:{s.Room}", $"SUMMARY:{summary}",
            "END:VEVENT", "END:VCALENDAR");
    }
}
