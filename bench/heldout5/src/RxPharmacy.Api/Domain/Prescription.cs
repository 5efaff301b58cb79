namespace RxPharmacy.Api.Domain;

public enum PrescriptionStatus
{
    Draft,
    Submitted,
    PharmacistApproved,
    Rejected,
    Paid,
    Dispensed,
    Shipped,
    Cancelled,
}

public sealed class PrescriptionLine
{
    public string DrugCode { get; set; } = "";
    public decimal DosePerTake { get; set; }
    public int TakesPerDay { get; set; }
    public int Days { get; set; }
    public int Packs { get; set; }
    public string Usage { get; set; } = "";
}

public sealed class Prescription
{
    public long Id { get; set; }
    public string Number { get; set; } = "";
    public long PatientId { get; set; }
    public long DoctorId { get; set; }
    public long? PharmacistId { get; set; }
    public string Diagnosis { get; set; } = "";
    public bool ChronicDisease { get; set; }
    public PrescriptionStatus Status { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? RejectReason { get; set; }
    public List<PrescriptionLine> Lines { get; set; } = new();

    /// <summary>A prescription is valid for three days after issue (处方有效期).</summary>
    public bool IsExpired(DateTimeOffset now) => now - IssuedAt > TimeSpan.FromDays(3);

    public void Approve(long pharmacistId, DateTimeOffset now)
    {
        if (Status != PrescriptionStatus.Submitted)
        {
            throw new InvalidOperationException($"Prescription {Number} is {Status}, cannot approve.");
        }

        PharmacistId = pharmacistId;
        ReviewedAt = now;
        Status = PrescriptionStatus.PharmacistApproved;
    }

    public void Reject(long pharmacistId, string reason, DateTimeOffset now)
    {
        PharmacistId = pharmacistId;
        ReviewedAt = now;
        RejectReason = reason;
        Status = PrescriptionStatus.Rejected;
    }

    public static string NewNumber(DateTimeOffset now, int sequence) => $"RX{now:yyyyMMdd}{sequence:D6}";
}
