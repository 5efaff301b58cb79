namespace DentalDesk.Models;

public enum Gender { Unknown, Male, Female }

public class Patient
{
    public long Id { get; set; }
    public string ChartNo { get; set; }
    public string Name { get; set; }
    public Gender Gender { get; set; }
    public DateTime BirthDate { get; set; }
    public string Phone { get; set; }
    public string IdNumber { get; set; }
    public string Address { get; set; }
    public string Allergies { get; set; }
    public string MedicalHistory { get; set; }
    public string GuardianName { get; set; }
    public DateTime FirstVisit { get; set; }

    public int AgeAt(DateTime day)
    {
        var age = day.Year - BirthDate.Year;
        if (BirthDate.Date > day.AddYears(-age)) age--;
        return age;
    }

    public bool IsMinor(DateTime day) => AgeAt(day) < 18;
}

public class PatientCard
{
    public string ChartNo { get; set; }
    public string Name { get; set; }
    public string Phone { get; set; }

    public override string ToString() => $"{ChartNo} {Name} {Phone}";
}
