using System.Security.Cryptography;
using System.Text;
using SchoolHome.Portal.Data;

namespace SchoolHome.Portal.Services;

/// <summary>Term results and the files the academic office sends to the district.</summary>
public sealed class GradeService
{
    private readonly StudentService _students;
    private readonly ILogger<GradeService> _logger;

    public GradeService(StudentService students, ILogger<GradeService> logger)
    {
        _students = students;
        _logger = logger;
    }

    /// <summary>District education bureau upload (学籍系统) wants name and ID number; the file goes over the bureau's SFTP.</summary>
    public async Task ExportForDistrictAsync(IEnumerable<GradeScore> scores, string path)
    {
        var sb = new StringBuilder();
        sb.AppendLine("学号,姓名,身份证号,科目,成绩");
        foreach (var s in scores)
        {
            var student = _students.Find(s.StudentId)!;
            sb.AppendLine($"{student.StudentNo},{student.Name},{student.IdCardNo},{s.Subject},{s.Score}");
        }
        await File.WriteAllTextAsync(path, sb.ToString(), Encoding.UTF8);
        _logger.LogInformation("District export {Path}: {Rows} rows", path, scores.Count());
    }

    /// <summary>Class report for the head teacher's printer: student number and band only.</summary>
    public async Task ExportBandsAsync(IEnumerable<GradeScore> scores, string path)
    {
        await using var w = new StreamWriter(path);
        foreach (var s in scores.OrderBy(x => x.StudentId))
            await w.WriteLineAsync($"{s.StudentId}\t{s.Subject}\t{ScoreStatistics.Band(s.Score)}");
    }

    /// <summary>Cache key for the rendered term-report PDF.</summary>
    public static string ReportCacheKey(int classId, string term, DateTime generatedAt)
    {
        var raw = $"{classId}:{term}:{generatedAt:O}";
        return "report:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(raw)));
    }

    public IReadOnlyDictionary<string, decimal> SubjectAverages(IEnumerable<GradeScore> scores) =>
        scores.GroupBy(s => s.Subject).ToDictionary(g => g.Key, g => ScoreStatistics.Average(g));
}
