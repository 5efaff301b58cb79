namespace DentalDesk.Models;

public enum AppointmentKind { Checkup, Cleaning, Filling, RootCanal, Extraction, Implant, Orthodontic }
public enum AppointmentState { Booked, CheckedIn, InChair, Done, NoShow, Cancelled }

public class Appointment
{
    public long Id { get; set; }
    public long PatientId { get; set; }
    public string PatientName { get; set; }
    public string PatientPhone { get; set; }
    public int ChairNo { get; set; }
    public string DentistCode { get; set; }
    public AppointmentKind Kind { get; set; }
    public DateTime Start { get; set; }
    public int Minutes { get; set; }
    public AppointmentState State { get; set; }
    public string Note { get; set; }

    public DateTime End => Start.AddMinutes(Minutes);

    public bool Overlaps(Appointment other) =>
        ChairNo == other.ChairNo && Start < other.End && other.Start < End;

    public static int DefaultMinutes(AppointmentKind kind) => kind switch
    {
        AppointmentKind.Checkup => 20,
        AppointmentKind.Cleaning => 40,
        AppointmentKind.Filling => 45,
        AppointmentKind.RootCanal => 90,
        AppointmentKind.Extraction => 60,
        AppointmentKind.Implant => 120,
        AppointmentKind.Orthodontic => 30,
        _ => 30
    };
}
