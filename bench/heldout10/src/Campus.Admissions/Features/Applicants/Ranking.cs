namespace Campus.Admissions.Features.Applicants;

/// <summary>Parallel-volunteer admission (平行志愿): sort by score, tie-break by subject scores, fill majors in order of preference.</summary>
public static class Ranking
{
    public sealed record Candidate(long Id, int Total, int Math, int Chinese, int English, IReadOnlyList<string> Preferences, bool AcceptAdjustment);

    public static Dictionary<long, string?> Admit(IEnumerable<Candidate> candidates, IDictionary<string, int> quota)
    {
        var left = new Dictionary<string, int>(quota);
        var admitted = new Dictionary<long, string?>();
        var ordered = candidates
            .OrderByDescending(c => c.Total)
            .ThenByDescending(c => c.Math)
            .ThenByDescending(c => c.Chinese)
            .ThenByDescending(c => c.English);

        foreach (var c in ordered)
        {
            string? got = null;
            foreach (var p in c.Preferences)
            {
                if (left.TryGetValue(p, out var n) && n > 0)
                {
                    left[p] = n - 1;
                    got = p;
                    break;
                }
            }
            if (got is null && c.AcceptAdjustment)
            {
                var open = left.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).FirstOrDefault();
                if (open.Key is not null)
                {
                    left[open.Key] = open.Value - 1;
                    got = open.Key;
                }
            }
            admitted[c.Id] = got;
        }
        return admitted;
    }

    public static int ProvinceAdjusted(int score, string province) => province switch
    {
        "上海" => (int)Math.Round(score * 750 / 660.0),
        "海南" => (int)Math.Round(score * 750 / 900.0),
        _ => score,
    };
}
