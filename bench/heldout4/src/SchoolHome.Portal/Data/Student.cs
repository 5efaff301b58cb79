namespace SchoolHome.Portal.Data;

/// <summary>A pupil (学生). Minors' data: the school is the personal-information handler.</summary>
public class Student
{
    public int Id { get; set; }
    public string StudentNo { get; set; } = "";
    public string Name { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public string Gender { get; set; } = "";
    public int ClassId { get; set; }
    public string HomeAddress { get; set; } = "";
    public string? Allergies { get; set; }
    public string? MedicalNotes { get; set; }
    public string? FacePhotoPath { get; set; }
    public List<Guardian> Guardians { get; set; } = new();
}

public class Guardian
{
    public int Id { get; set; }
    public int StudentId { get; set; }
    public string Name { get; set; } = "";
    public string Relation { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string? Email { get; set; }
    public string? WeChatOpenId { get; set; }
    public string PasswordHash { get; set; } = "";
    public string? PasswordSalt { get; set; }
}

public class SchoolClass
{
    public int Id { get; set; }
    public string Grade { get; set; } = "";
    public string Name { get; set; } = "";
    public int HeadTeacherId { get; set; }
    public int Capacity { get; set; } = 45;
}

public class Teacher
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Subject { get; set; } = "";
    public string WorkEmail { get; set; } = "";
}

/// <summary>Shown on the class page and in the parent app; no personal fields beyond the given name.</summary>
public sealed record StudentCard(int Id, string StudentNo, string DisplayName, string ClassName);
