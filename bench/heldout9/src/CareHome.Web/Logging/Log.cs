namespace CareHome.Logging;

/// <summary>Source-generated log messages for the hot paths.</summary>
public static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "{User} {State} {Entity}: {Changes}")]
    public static partial void EntityChanged(this ILogger logger, string user, string entity, string state, string changes);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Resident {ResidentNo} admitted to room {RoomNo}, level {Level}")]
    public static partial void ResidentAdmitted(this ILogger logger, string residentNo, string roomNo, int level);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Duplicate admission for {Name} ({IdCardNo})")]
    public static partial void DuplicateAdmission(this ILogger logger, string name, string idCardNo);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Vitals alert for {Resident}: BP {Systolic}/{Diastolic}, SpO2 {SpO2}")]
    public static partial void VitalsAlert(this ILogger logger, string resident, int systolic, int diastolic, int spO2);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Visit {VisitId} checked in at {Lat},{Lng}")]
    public static partial void VisitCheckedIn(this ILogger logger, long visitId, double lat, double lng);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Login failed for {LoginName}")]
    public static partial void LoginFailed(this ILogger logger, string loginName);
}
