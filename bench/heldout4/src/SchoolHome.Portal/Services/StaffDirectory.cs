using System.Security.Cryptography;
using System.Text;
using SchoolHome.Portal.Data;

namespace SchoolHome.Portal.Services;

/// <summary>Teacher directory shown to parents: subject, work e-mail and avatar.</summary>
public sealed class StaffDirectory
{
    private readonly List<Teacher> _teachers = new();

    public void Add(Teacher t) => _teachers.Add(t);

    public IEnumerable<object> ForParents(int classId) =>
        _teachers.Select(t => new { t.Name, t.Subject, t.WorkEmail, Avatar = GravatarUrl(t.WorkEmail) });

    public static string GravatarUrl(string email)
    {
        var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant()))).ToLowerInvariant();
        return $"https://cravatar.cn/avatar/{hash}?d=identicon";
    }

    /// <summary>Staff Wi-Fi (教师网) password rotated monthly: derived so the IT teacher can read it out.</summary>
    public static string MonthlyWifiPassword(DateOnly month) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes("sunshine" + month.ToString("yyyyMM"))))[..10];
}
