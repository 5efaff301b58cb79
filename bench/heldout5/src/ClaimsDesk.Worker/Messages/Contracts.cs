namespace ClaimsDesk.Worker.Messages;

public sealed record ClaimSubmitted(string ClaimNo, string PolicyNo, string PlateNumber, string ReporterName, string ReporterPhone, string LossLocation, DateTimeOffset LossTime, decimal EstimatedLoss);

public sealed record SurveyorAssigned(string ClaimNo, long SurveyorId, DateTimeOffset AppointmentAt);

public sealed record PayoutRequested(string ClaimNo, decimal Amount, string PayeeName, string PayeeIdNumber, string BankAccount, string BankName);

public sealed record ClaimStatusChanged(string ClaimNo, string Status, DateTimeOffset At);
