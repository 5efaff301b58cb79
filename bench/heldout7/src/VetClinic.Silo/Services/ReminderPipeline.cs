using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ZLogger;

namespace VetClinic.Services;

public sealed record ReminderJob(string OwnerId, string OwnerName, string Mobile, string PetName, string Vaccine, DateOnly DueOn);

/// <summary>Vaccination reminders: the nightly planner writes jobs into a bounded channel, this worker sends them by SMS.</summary>
public sealed class ReminderPipeline : BackgroundService
{
    private readonly Channel<ReminderJob> _channel = Channel.CreateBounded<ReminderJob>(new BoundedChannelOptions(1000)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = true,
    });
    private readonly SmsGateway _sms;
    private readonly ILogger<ReminderPipeline> _logger;

    public ReminderPipeline(SmsGateway sms, ILogger<ReminderPipeline> logger)
    {
        _sms = sms;
        _logger = logger;
    }

    public ValueTask EnqueueAsync(ReminderJob job, CancellationToken ct) => _channel.Writer.WriteAsync(job, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in _channel.Reader.ReadAllAsync(stoppingToken))
        {
            var text = $"【爱宠动物医院】{job.PetName}的{job.Vaccine}疫苗将于{job.DueOn:M月d日}到期，请预约接种。退订回T";
            try
            {
                await _sms.SendAsync(job.Mobile, text);
                _logger.ZLogInformation($"Reminder sent to owner {job.OwnerId} for {job.Vaccine}");
            }
            catch (Exception ex)
            {
                _logger.ZLogError(ex, $"Reminder to {job.OwnerName} ({job.Mobile}) failed");
            }
        }
    }
}
