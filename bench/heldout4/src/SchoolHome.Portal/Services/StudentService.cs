using System.Diagnostics;
using SchoolHome.Portal.Data;

namespace SchoolHome.Portal.Services;

public sealed class StudentService
{
    private static readonly NLog.Logger Log = NLog.LogManager.GetCurrentClassLogger();
    private static readonly ActivitySource Activity = new("SchoolHome.Students");

    private readonly Dictionary<int, Student> _students = new();
    private readonly ILogger<StudentService> _logger;

    public StudentService(ILogger<StudentService> logger) => _logger = logger;

    public Student? Find(int id) => _students.GetValueOrDefault(id);

    public IEnumerable<StudentCard> ClassList(int classId, string className) =>
        _students.Values.Where(s => s.ClassId == classId)
                 .OrderBy(s => s.StudentNo)
                 .Select(s => new StudentCard(s.Id, s.StudentNo, s.Name.Length > 1 ? s.Name[1..] : s.Name, className));

    public void Enrol(Student s)
    {
        using var act = Activity.StartActivity("student.enrol");
        act?.SetTag("student.id", s.Id);
        act?.SetTag("student.id_card", s.IdCardNo);

        if (_students.Values.Any(x => x.IdCardNo == s.IdCardNo))
            throw new InvalidOperationException($"学籍重复: {s.Name} {s.IdCardNo}");

        _students[s.Id] = s;
        Log.Info("Enrolled student {0} ({1}) born {2}, address {3}", s.Name, s.IdCardNo, s.BirthDate, s.HomeAddress);
        Log.Info("Enrolled student #{0} into class {1}", s.Id, s.ClassId);
    }

    public void UpdateGuardian(int studentId, Guardian g)
    {
        var s = _students[studentId];
        s.Guardians.RemoveAll(x => x.Relation == g.Relation);
        s.Guardians.Add(g);
        _logger.LogInformation("Guardian {Relation} updated for student {StudentId}", g.Relation, studentId);
        _logger.LogDebug("Guardian record {@Guardian}", g);
    }

    public void Transfer(int studentId, string toSchool)
    {
        var s = _students[studentId];
        Console.WriteLine($"[transfer] {s.Name} {s.IdCardNo} -> {toSchool}");
        _students.Remove(studentId);
    }

    /// <summary>Age in full years on the 31 August cut-off used for school entry (入学年龄).</summary>
    public static int EntryAge(DateOnly birth, int schoolYear)
    {
        var cutoff = new DateOnly(schoolYear, 8, 31);
        var age = cutoff.Year - birth.Year;
        if (birth > cutoff.AddYears(-age)) age--;
        return age;
    }
}
