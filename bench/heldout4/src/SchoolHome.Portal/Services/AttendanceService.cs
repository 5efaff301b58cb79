using System.Security.Cryptography;
using SchoolHome.Portal.Data;

namespace SchoolHome.Portal.Services;

public enum GateDirection { In, Out }

public sealed record GateEvent(int StudentId, GateDirection Direction, DateTime At, string GateId);

/// <summary>
/// Face-recognition gate at the school entrance (刷脸入校). The gate posts a snapshot; parents get
/// an arrival notice in the app.
/// </summary>
public sealed class AttendanceService
{
    private readonly ILogger<AttendanceService> _logger;
    private readonly StudentService _students;
    private readonly string _snapshotRoot;

    public AttendanceService(ILogger<AttendanceService> logger, StudentService students, IConfiguration config)
    {
        _logger = logger;
        _students = students;
        _snapshotRoot = config["Attendance:SnapshotRoot"] ?? "/data/snapshots";
    }

    public async Task<string> SaveSnapshotAsync(GateEvent e, byte[] jpeg)
    {
        var student = _students.Find(e.StudentId) ?? throw new KeyNotFoundException($"student {e.StudentId}");
        var digest = Convert.ToHexString(SHA1.HashData(jpeg));
        var path = Path.Combine(_snapshotRoot, e.At.ToString("yyyyMMdd"), $"{student.IdCardNo}_{student.Name}.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, jpeg);
        _logger.LogInformation("Snapshot {Digest} saved for student {StudentId}", digest, e.StudentId);
        return path;
    }

    public void Record(GateEvent e)
    {
        var student = _students.Find(e.StudentId);
        if (student is null)
        {
            _logger.LogWarning("Unknown face at gate {Gate}", e.GateId);
            return;
        }
        _logger.LogInformation("{Name} entered via {Gate} at {At}", student.Name, e.GateId, e.At);
    }

    public static IDictionary<DateOnly, int> LateArrivals(IEnumerable<GateEvent> events, TimeOnly bell) =>
        events.Where(e => e.Direction == GateDirection.In && TimeOnly.FromDateTime(e.At) > bell)
              .GroupBy(e => DateOnly.FromDateTime(e.At))
              .ToDictionary(g => g.Key, g => g.Select(x => x.StudentId).Distinct().Count());

    public static bool LeftEarly(GateEvent lastOut, TimeOnly dismissal) =>
        lastOut.Direction == GateDirection.Out && TimeOnly.FromDateTime(lastOut.At) < dismissal;
}
