using Microsoft.Extensions.Logging;

namespace TalentHub.Logging;

/// <summary>Source-generated log messages (one place so wording stays consistent across functions).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Application received for job {JobId} from candidate {CandidateId}")]
    public static partial void ApplicationReceived(ILogger logger, string jobId, string candidateId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "New applicant {FullName} <{Email}> phone {Phone} applied to {JobId}")]
    public static partial void ApplicantDetails(ILogger logger, string fullName, string email, string phone, string jobId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Duplicate application for job {JobId} (existing candidate {CandidateId})")]
    public static partial void DuplicateApplication(ILogger logger, string jobId, string candidateId);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Parsed resume {BlobName}: {SkillCount} skills, {Years} years")]
    public static partial void ResumeParsed(ILogger logger, string blobName, int skillCount, int years);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Debug, Message = "Resume text extracted for {CandidateId}: {ResumeText}")]
    public static partial void ResumeText(ILogger logger, string candidateId, string resumeText);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Information, Message = "Interview reminder sent to {Email} for {StartsAt}")]
    public static partial void ReminderSent(ILogger logger, string email, DateTime startsAt);

    [LoggerMessage(EventId = 1007, Level = LogLevel.Information, Message = "Interview reminder queued for interview {InterviewId}")]
    public static partial void ReminderQueued(ILogger logger, string interviewId);

    [LoggerMessage(EventId = 1008, Level = LogLevel.Warning, Message = "Webhook delivery to tenant {TenantId} failed with {StatusCode}")]
    public static partial void WebhookFailed(ILogger logger, string tenantId, int statusCode);

    [LoggerMessage(EventId = 1009, Level = LogLevel.Information, Message = "Export of {Count} candidates for tenant {TenantId} written to {BlobName}")]
    public static partial void ExportWritten(ILogger logger, int count, string tenantId, string blobName);
}
