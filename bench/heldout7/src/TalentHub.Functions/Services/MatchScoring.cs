using TalentHub.Models;

namespace TalentHub.Services;

/// <summary>Ranks candidates for a posting. Weights were tuned with the recruiting team in 2025-Q3.</summary>
public static class MatchScoring
{
    private const double RequiredWeight = 0.55;
    private const double NiceWeight = 0.15;
    private const double ExperienceWeight = 0.2;
    private const double LocationWeight = 0.1;

    public static double Score(JobPosting job, Candidate candidate)
    {
        var skills = new HashSet<string>(candidate.Skills, StringComparer.OrdinalIgnoreCase);
        var required = job.RequiredSkills.Count == 0 ? 1.0 : job.RequiredSkills.Count(skills.Contains) / (double)job.RequiredSkills.Count;
        var nice = job.NiceToHaveSkills.Count == 0 ? 0.0 : job.NiceToHaveSkills.Count(skills.Contains) / (double)job.NiceToHaveSkills.Count;
        var experience = job.MinYears == 0 ? 1.0 : Math.Min(1.0, candidate.YearsOfExperience / (double)job.MinYears);
        var location = job.IsRemote || string.Equals(job.City, candidate.City, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0;
        return Math.Round(RequiredWeight * required + NiceWeight * nice + ExperienceWeight * experience + LocationWeight * location, 4);
    }

    public static IReadOnlyList<(Candidate Candidate, double Score)> Rank(JobPosting job, IEnumerable<Candidate> pool, int take = 20) =>
        pool.Where(c => c.Stage is CandidateStage.Applied or CandidateStage.Screening)
            .Select(c => (c, Score(job, c)))
            .Where(x => x.Item2 >= 0.4)
            .OrderByDescending(x => x.Item2)
            .ThenBy(x => x.c.CreatedAtUtc)
            .Take(take)
            .ToList();

    public static string Band(double score) => score switch
    {
        >= 0.85 => "A",
        >= 0.7 => "B",
        >= 0.55 => "C",
        _ => "D",
    };

    public static decimal SalaryFit(JobPosting job, decimal? expected)
    {
        if (expected is null || job.SalaryMax <= 0) return 0.5m;
        if (expected <= job.SalaryMax) return 1m;
        var over = (expected.Value - job.SalaryMax) / job.SalaryMax;
        return over > 0.3m ? 0m : 1m - over / 0.3m;
    }
}
