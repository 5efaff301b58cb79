namespace GovHall.Pages.Services;

/// <summary>Source-generated log messages of the hall (one place, so wording stays consistent).</summary>
public static partial class HallLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Appointment {AppointmentId} booked for {ServiceCode} on {Day}")]
    public static partial void Booked(ILogger logger, long appointmentId, string serviceCode, DateOnly day);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Applicant {ApplicantName} ({IdNumber}) checked in at window {Window}")]
    public static partial void CheckedIn(ILogger logger, string applicantName, string idNumber, int window);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Real-name check failed for {Name}, mobile {Mobile}: {Reason}")]
    public static partial void RealNameFailed(ILogger logger, string name, string mobile, string reason);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Queue {QueueNumber} called to window {Window}")]
    public static partial void Called(ILogger logger, string queueNumber, int window);
}
