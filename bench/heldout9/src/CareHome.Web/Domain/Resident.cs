namespace CareHome.Domain;

public enum CareLevel
{
    SelfCare = 1,
    Assisted = 2,
    FullCare = 3,
    Dementia = 4,
}

public class Resident
{
    public int Id { get; set; }
    public string ResidentNo { get; set; } = "";
    public string Name { get; set; } = "";
    public string Pinyin { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public DateOnly BirthDate { get; set; }
    public string Gender { get; set; } = "";
    public string Phone { get; set; } = "";
    public string HomeAddress { get; set; } = "";
    public string RoomNo { get; set; } = "";
    public CareLevel Level { get; set; }
    public string Diagnoses { get; set; } = "";
    public string Allergies { get; set; } = "";
    public string MedicareCardNo { get; set; } = "";
    public string EmergencyContactName { get; set; } = "";
    public string EmergencyContactPhone { get; set; } = "";
    public DateTime AdmittedAt { get; set; }
    public DateTime? DischargedAt { get; set; }

    public List<FamilyMember> Family { get; set; } = new();
    public List<VitalSign> Vitals { get; set; } = new();

    public int Age(DateOnly today)
    {
        var age = today.Year - BirthDate.Year;
        if (BirthDate > today.AddYears(-age)) age--;
        return age;
    }
}

public class FamilyMember
{
    public int Id { get; set; }
    public int ResidentId { get; set; }
    public string Name { get; set; } = "";
    public string Relation { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? WechatOpenId { get; set; }
    public bool IsGuardian { get; set; }
}

public class VitalSign
{
    public long Id { get; set; }
    public int ResidentId { get; set; }
    public DateTime TakenAt { get; set; }
    public int Systolic { get; set; }
    public int Diastolic { get; set; }
    public int Pulse { get; set; }
    public int SpO2 { get; set; }
    public decimal TemperatureC { get; set; }
    public string TakenBy { get; set; } = "";
}

public class Caregiver
{
    public int Id { get; set; }
    public string StaffNo { get; set; } = "";
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string CertificateNo { get; set; } = "";
    public string LoginName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string Role { get; set; } = "nurse";

    public override string ToString() => $"{StaffNo} {Name}";
}

public class HomeVisit
{
    public long Id { get; set; }
    public int ResidentId { get; set; }
    public int CaregiverId { get; set; }
    public DateTime ScheduledAt { get; set; }
    public DateTime? CheckedInAt { get; set; }
    public DateTime? CheckedOutAt { get; set; }
    public double? CheckInLat { get; set; }
    public double? CheckInLng { get; set; }
    public string Services { get; set; } = "";
    public string? Notes { get; set; }
}

public class CareInvoice
{
    public long Id { get; set; }
    public int ResidentId { get; set; }
    public string Period { get; set; } = "";
    public decimal BedFee { get; set; }
    public decimal CareFee { get; set; }
    public decimal MealFee { get; set; }
    public decimal MedicineFee { get; set; }
    public decimal Subsidy { get; set; }
    public decimal Total => BedFee + CareFee + MealFee + MedicineFee - Subsidy;
    public bool Paid { get; set; }
}
