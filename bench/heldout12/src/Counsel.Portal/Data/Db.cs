using System.Data;
using MySqlConnector;

namespace Counsel.Portal.Data;

public class Db
{
    private readonly string _cs;
    public Db(string cs) => _cs = cs;
    public IDbConnection Conn() => new MySqlConnection(_cs);
}

public class Client
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Nickname { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string? Email { get; set; }
    public string Gender { get; set; } = "";
    public DateTime? BirthDate { get; set; }
    public string? Occupation { get; set; }
    public string? EmergencyContact { get; set; }
    public string? EmergencyPhone { get; set; }
    public string PresentingProblem { get; set; } = "";
    public string? Diagnosis { get; set; }
    public int Phq9 { get; set; }
    public int Gad7 { get; set; }
    public string RiskLevel { get; set; } = "LOW";
    public long TherapistId { get; set; }
    public string PasswordHash { get; set; } = "";
    public string? WeChatOpenId { get; set; }
}

public class SessionNote
{
    public long Id { get; set; }
    public long ClientId { get; set; }
    public long TherapistId { get; set; }
    public DateTime SessionAt { get; set; }
    public string CipherText { get; set; } = "";
    public string? RiskFlags { get; set; }
    public string ContentHash { get; set; } = "";
}

public class Appointment
{
    public long Id { get; set; }
    public long ClientId { get; set; }
    public long TherapistId { get; set; }
    public DateTime StartAt { get; set; }
    public int Minutes { get; set; } = 50;
    public string Mode { get; set; } = "VIDEO";
    public string Status { get; set; } = "BOOKED";
    public decimal Fee { get; set; }
}

public class Therapist
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string LicenseNo { get; set; } = "";
    public string Pin { get; set; } = "";
    public bool IsSupervisor { get; set; }
}
