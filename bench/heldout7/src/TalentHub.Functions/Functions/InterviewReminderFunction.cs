using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using TalentHub.Data;
using TalentHub.Logging;
using TalentHub.Services;

namespace TalentHub.Functions;

public sealed class InterviewReminderFunction
{
    private static readonly TimeSpan Lead = TimeSpan.FromHours(24);
    private readonly IInterviewRepository _interviews;
    private readonly ICandidateRepository _candidates;
    private readonly MailSender _mail;
    private readonly ILogger<InterviewReminderFunction> _logger;

    public InterviewReminderFunction(IInterviewRepository interviews, ICandidateRepository candidates, MailSender mail, ILogger<InterviewReminderFunction> logger)
    {
        _interviews = interviews;
        _candidates = candidates;
        _mail = mail;
        _logger = logger;
    }

    // Every 15 minutes; reminders go out roughly a day ahead.
    [Function("InterviewReminders")]
    public async Task Run([TimerTrigger("0 */15 * * * *")] TimerInfo timer)
    {
        var now = DateTime.UtcNow;
        var due = await _interviews.DueForReminderAsync(now, now + Lead);
        var sent = 0;
        foreach (var interview in due)
        {
            var candidate = await _candidates.GetByIdAsync(interview.CandidateId);
            if (candidate is null)
            {
                continue;
            }
            Log.ReminderQueued(_logger, interview.Id);
            await _mail.SendInterviewReminderAsync(candidate.Email, candidate.FullName, interview.StartsAtUtc, interview.MeetingUrl);
            Log.ReminderSent(_logger, candidate.Email, interview.StartsAtUtc);
            interview.ReminderSent = true;
            await _interviews.ReplaceAsync(interview);
            sent++;
        }

        if (timer.ScheduleStatus is not null)
        {
            _logger.LogInformation("Reminder run done: {Sent} of {Due}, next at {Next}", sent, due.Count, timer.ScheduleStatus.Next);
        }
    }
}
