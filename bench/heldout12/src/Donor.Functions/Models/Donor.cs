using Azure;
using Azure.Data.Tables;

namespace Donor.Functions.Models;

public class DonorEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "donor";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Name { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Gender { get; set; } = "";
    public DateTime BirthDate { get; set; }
    public string BloodType { get; set; } = "";
    public string RhD { get; set; } = "+";
    public int DonationCount { get; set; }
    public double TotalMl { get; set; }
    public DateTime? LastDonationAt { get; set; }
    public string? LastDonationKind { get; set; }
    public bool Deferred { get; set; }
    public string? DeferReason { get; set; }
    public string? WeChatOpenId { get; set; }
}

public record DonorRegistration(string Name, string IdCardNo, string Mobile, string BloodType, string Station);

public record HealthQuestionnaire(string DonorId, bool Tattoo12Months, bool HighRiskSex, bool Pregnant, bool RecentSurgery,
    string? Medications, double WeightKg, int SystolicBp, int DiastolicBp, double HemoglobinGdl);

public record LabResult(string DonationId, string DonorId, string Alt, string HbsAg, string Hcv, string Hiv, string Syphilis, string Technician);

public record BloodRequest(string HospitalCode, string BloodType, string Component, int Units, string PatientName, string PatientIdNo, bool Urgent);
