namespace SchoolHome.Portal.Data;

public class Homework
{
    public int Id { get; set; }
    public int ClassId { get; set; }
    public string Subject { get; set; } = "";
    public string Title { get; set; } = "";
    public string Content { get; set; } = "";
    public DateTime AssignedAt { get; set; }
    public DateTime DueAt { get; set; }
    public int EstimatedMinutes { get; set; }
    public List<string> AttachmentUrls { get; set; } = new();

    public bool IsOverdue(DateTime now) => now > DueAt;
}

/// <summary>
/// The "double reduction" (双减) rules: total written homework per day is capped by grade.
/// Grades 1-2: none; grades 3-6: 60 minutes; grades 7-9: 90 minutes.
/// </summary>
public static class HomeworkLoadPolicy
{
    public static int DailyCapMinutes(int grade) => grade switch
    {
        1 or 2 => 0,
        >= 3 and <= 6 => 60,
        >= 7 and <= 9 => 90,
        _ => 120,
    };

    public static IReadOnlyList<string> Check(int grade, IEnumerable<Homework> sameDay)
    {
        var problems = new List<string>();
        var total = sameDay.Sum(h => h.EstimatedMinutes);
        var cap = DailyCapMinutes(grade);
        if (total > cap)
            problems.Add($"grade {grade}: {total} min assigned, cap is {cap} min");
        var bySubject = sameDay.GroupBy(h => h.Subject).Where(g => g.Count() > 1).Select(g => g.Key);
        foreach (var subject in bySubject)
            problems.Add($"more than one {subject} assignment on the same day");
        return problems;
    }
}

public sealed record GradeScore(int StudentId, string Subject, decimal Score, string Term);

public static class ScoreStatistics
{
    public static decimal Average(IEnumerable<GradeScore> scores) =>
        scores.Any() ? Math.Round(scores.Average(s => s.Score), 1) : 0m;

    public static decimal PassRate(IEnumerable<GradeScore> scores, decimal passLine = 60m)
    {
        var list = scores.ToList();
        return list.Count == 0 ? 0m : Math.Round((decimal)list.Count(s => s.Score >= passLine) / list.Count, 3);
    }

    /// <summary>Score bands only; the school does not publish rankings (教育部: 不公开排名).</summary>
    public static string Band(decimal score) => score switch
    {
        >= 90 => "A",
        >= 80 => "B",
        >= 70 => "C",
        >= 60 => "D",
        _ => "E",
    };
}
