using System.ComponentModel.DataAnnotations;

namespace MedLink.Hospital.Api.Models;

public class Patient
{
    public long Id { get; set; }

    [Required, MaxLength(32)]
    public string Name { get; set; } = string.Empty;

    public string Gender { get; set; } = "U";

    public DateTime BirthDate { get; set; }

    /// <summary>身份证号</summary>
    [MaxLength(18)]
    public string IdCardNo { get; set; } = string.Empty;

    public string Mobile { get; set; } = string.Empty;

    public string? HomeAddress { get; set; }

    /// <summary>医保卡号</summary>
    public string? MedicalInsuranceNo { get; set; }

    /// <summary>病案号</summary>
    public string MedicalRecordNo { get; set; } = string.Empty;

    public string? EmergencyContactName { get; set; }
    public string? EmergencyContactPhone { get; set; }

    public DateTime CreatedAt { get; set; }

    public override string ToString()
    {
        return $"Patient[{Id}] {Name} {IdCardNo} {Mobile}";
    }
}

public record PatientSummaryDto(long Id, string MaskedName, string MaskedMobile, string MedicalRecordNo, int Age);

public record RegisterPatientRequest(
    string Name,
    string Gender,
    DateTime BirthDate,
    string IdCardNo,
    string Mobile,
    string? HomeAddress,
    string? MedicalInsuranceNo);
