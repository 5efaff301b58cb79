using EduCloud.Web.Data;
using EduCloud.Web.Domain;
using EduCloud.Web.Infrastructure;
using Microsoft.Extensions.Logging;

namespace EduCloud.Web.Services;

public sealed partial class StudentService(SugarDbFactory db, ILogger<StudentService> logger)
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Enrolling student {Name}, id card {IdCardNo}, parent phone {ParentPhone}")]
    private static partial void LogEnrolling(ILogger logger, string name, string idCardNo, string parentPhone);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Student {StudentId} enrolled in school {SchoolId}")]
    private static partial void LogEnrolled(ILogger logger, long studentId, long schoolId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Duplicate enrolment for parent phone {Phone}")]
    private static partial void LogDuplicate(ILogger logger, string phone);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Student record loaded: {Student}")]
    private static partial void LogLoaded(ILogger logger, Student student);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Parent contact updated for student {StudentId}, phone {MaskedPhone}")]
    private static partial void LogContactUpdated(ILogger logger, long studentId, string maskedPhone);

    public async Task<long> EnrollAsync(Student s, CancellationToken ct)
    {
        LogEnrolling(logger, s.Name, s.IdCardNo, s.ParentPhone);
        var client = db.Create();
        var exists = await client.Queryable<Student>().AnyAsync(x => x.ParentPhone == s.ParentPhone && x.Name == s.Name);
        if (exists)
        {
            LogDuplicate(logger, s.ParentPhone);
            throw new InvalidOperationException($"学生 {s.Name} ({s.IdCardNo}) 已报名");
        }
        var id = await client.Insertable(s).ExecuteReturnBigIdentityAsync();
        LogEnrolled(logger, id, s.SchoolId);
        return id;
    }

    public async Task<Student?> GetAsync(long id)
    {
        var s = await db.Create().Queryable<Student>().InSingleAsync(id);
        if (s is not null) LogLoaded(logger, s);
        return s;
    }

    public async Task UpdateParentPhoneAsync(long studentId, string newPhone)
    {
        await db.Create().Updateable<Student>()
            .SetColumns(x => x.ParentPhone == newPhone)
            .Where(x => x.Id == studentId)
            .ExecuteCommandAsync();
        LogContactUpdated(logger, studentId, DesensitizeUtil.Phone(newPhone));
    }

    public async IAsyncEnumerable<StudentDto> StreamBySchoolAsync(long schoolId)
    {
        var list = await db.Create().Queryable<Student>().Where(x => x.SchoolId == schoolId).ToListAsync();
        foreach (var s in list)
        {
            logger.LogTrace("streaming {Id}", s.Id);
            yield return new StudentDto(s.Id, s.Name, DesensitizeUtil.IdCard(s.IdCardNo), DesensitizeUtil.Phone(s.ParentPhone), s.Grade);
        }
    }

    public void Transfer(Student s, long toSchool)
    {
        using (logger.BeginScope(new Dictionary<string, object>
        {
            ["StudentId"] = s.Id,
            ["IdCardNo"] = s.IdCardNo,
        }))
        {
            logger.LogInformation("Transferring to school {School}", toSchool);
        }
        Console.WriteLine($"[transfer] {s.Name} {s.HomeAddress} -> {toSchool}");
    }

    public void Graduate(Student s)
    {
        using var _ = logger.BeginScope("Graduation batch {Batch}", DateTime.Today.Year);
        logger.LogInformation("Graduating {Student}", s);
    }
}
