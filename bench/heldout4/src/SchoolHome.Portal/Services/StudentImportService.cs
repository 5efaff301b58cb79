using System.Security.Cryptography;
using System.Text;
using SchoolHome.Portal.Data;

namespace SchoolHome.Portal.Services;

/// <summary>
/// New-term import of the class lists exported from the provincial student-registry system
/// (学籍系统), as CSV in GB18030.
/// </summary>
public sealed class StudentImportService
{
    private readonly StudentService _students;
    private readonly ILogger<StudentImportService> _logger;
    private readonly HashSet<string> _importedFiles = new();

    public StudentImportService(StudentService students, ILogger<StudentImportService> logger)
    {
        _students = students;
        _logger = logger;
    }

    public int Import(byte[] csvBytes, int classId)
    {
        var fileHash = Convert.ToHexString(SHA1.HashData(csvBytes));
        if (!_importedFiles.Add(fileHash))
        {
            _logger.LogInformation("File {Hash} was already imported", fileHash);
            return 0;
        }

        var text = Encoding.GetEncoding("GB18030").GetString(csvBytes);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var imported = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var cols = lines[i].TrimEnd('\r').Split(',');
            if (cols.Length < 4)
            {
                _logger.LogWarning("Line {Line}: expected 4 columns, got {Count}", i + 1, cols.Length);
                continue;
            }
            if (cols[2].Length != 18)
            {
                _logger.LogWarning("Line {Line}: bad ID number in row {Row}", i + 1, lines[i]);
                continue;
            }
            _students.Enrol(new Student
            {
                Id = Math.Abs(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(cols[2])), 0)),
                StudentNo = cols[0],
                Name = cols[1],
                IdCardNo = cols[2],
                HomeAddress = cols[3],
                ClassId = classId,
            });
            imported++;
        }
        _logger.LogInformation("Imported {Count} students into class {ClassId}", imported, classId);
        return imported;
    }
}
