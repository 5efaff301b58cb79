namespace EduCloud.Web.Domain;

public enum Grade { Primary1 = 1, Primary2, Primary3, Primary4, Primary5, Primary6, Junior1, Junior2, Junior3 }

public sealed record Student(
    long Id,
    string Name,
    string IdCardNo,
    string ParentName,
    string ParentPhone,
    string HomeAddress,
    Grade Grade,
    long SchoolId)
{
    public string? Email { get; init; }
    public DateTime EnrolledAt { get; init; } = DateTime.UtcNow;

    // 调试用, 输出全部信息
    public override string ToString() =>
        $"Student {Id}: {Name} / {IdCardNo} / parent {ParentName} {ParentPhone} / {HomeAddress}";
}

public sealed record School(long Id, string Name, string Address, string Hotline);

public sealed record Course(long Id, string Title, string TeacherName, decimal Price);

public sealed class Teacher
{
    public long Id { get; set; }
    public string RealName { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string IdCard { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Salt { get; set; } = "";
    public string LoginName { get; set; } = "";
}

public sealed record StudentDto(long Id, string Name, string MaskedIdCard, string MaskedParentPhone, Grade Grade);

public sealed record ParentAccount(long Id, string Phone, string PasswordHash, string? WechatOpenId);
