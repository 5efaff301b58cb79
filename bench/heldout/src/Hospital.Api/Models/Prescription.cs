namespace MedLink.Hospital.Api.Models;

public enum PrescriptionStatus
{
    Draft = 0,
    Signed = 1,
    Dispensed = 2,
    Cancelled = 9
}

public class Prescription
{
    public long Id { get; set; }
    public string PrescriptionNo { get; set; } = string.Empty;
    public long PatientId { get; set; }
    public string PatientName { get; set; } = string.Empty;
    public string DoctorCode { get; set; } = string.Empty;
    public string DepartmentCode { get; set; } = string.Empty;
    public string Diagnosis { get; set; } = string.Empty;
    public PrescriptionStatus Status { get; set; }
    public decimal TotalAmount { get; set; }
    public List<PrescriptionItem> Items { get; set; } = new();
    public DateTime CreatedAt { get; set; }
}

public class PrescriptionItem
{
    public long Id { get; set; }
    public string DrugCode { get; set; } = string.Empty;
    public string DrugName { get; set; } = string.Empty;
    public string Dosage { get; set; } = string.Empty;
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
}

public record CreatePrescriptionRequest(long PatientId, string DoctorCode, string Diagnosis, List<PrescriptionItemDto> Items);

public record PrescriptionItemDto(string DrugCode, string Dosage, int Quantity);
