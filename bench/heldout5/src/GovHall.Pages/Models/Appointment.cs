namespace GovHall.Pages.Models;

public enum AppointmentStatus
{
    Booked,
    CheckedIn,
    Called,
    Served,
    NoShow,
    Cancelled,
}

public sealed class Appointment
{
    public long Id { get; set; }
    public string ServiceCode { get; set; } = "";
    public DateOnly Day { get; set; }
    public TimeOnly Start { get; set; }
    public string ApplicantName { get; set; } = "";
    public string ApplicantIdNumber { get; set; } = "";
    public string ApplicantMobile { get; set; } = "";
    public bool ByProxy { get; set; }
    public string? ProxyName { get; set; }
    public string QueueNumber { get; set; } = "";
    public AppointmentStatus Status { get; set; }
    public int? Window { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public sealed record AppointmentSummary(long Id, string ServiceCode, DateOnly Day, TimeOnly Start, string QueueNumber, AppointmentStatus Status);

public sealed record TimeSlot(DateOnly Day, TimeOnly Start, int Capacity, int Booked)
{
    public bool IsFull => Booked >= Capacity;
    public int Left => Math.Max(0, Capacity - Booked);
}
