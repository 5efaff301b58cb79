using System.Net.Http.Json;
using JiaXiao.Api.Core;
using JiaXiao.Api.Entities;
using SqlSugar;

namespace JiaXiao.Api.Jobs;

/// <summary>
/// 每天早上 8 点：提醒明天考试的学员，并把名单推到教练群
/// </summary>
public class ExamReminderWorker : BackgroundService
{
    private const string RobotUrl = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=7f3c2a91-5d4e-4b8a-9c61-2e0f8d7b3a55";

    private readonly IServiceScopeFactory _scopeFactory;
    private readonly IHttpClientFactory _http;
    private readonly ILogger<ExamReminderWorker> _logger;

    public ExamReminderWorker(IServiceScopeFactory scopeFactory, IHttpClientFactory http, ILogger<ExamReminderWorker> logger)
    {
        _scopeFactory = scopeFactory;
        _http = http;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = DateTime.Now;
            var next = now.Date.AddHours(8);
            if (next <= now) next = next.AddDays(1);
            await Task.Delay(next - now, stoppingToken);
            try
            {
                await RunOnce(stoppingToken);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "考试提醒任务失败");
            }
        }
    }

    private async Task RunOnce(CancellationToken ct)
    {
        using var scope = _scopeFactory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ISqlSugarClient>();
        var sms = scope.ServiceProvider.GetRequiredService<Services.SmsService>();
        var tomorrow = DateTime.Today.AddDays(1);
        var list = await db.Queryable<ExamBooking>()
            .InnerJoin<Trainee>((b, t) => b.TraineeId == t.Id)
            .Where((b, t) => b.ExamDate >= tomorrow && b.ExamDate < tomorrow.AddDays(1))
            .Select((b, t) => new { t.RealName, t.Phone, b.Subject, b.ExamSite })
            .ToListAsync();

        foreach (var x in list)
        {
            await sms.SendAsync(x.Phone, $"{x.RealName}您好，您明天有科目{x.Subject}考试，考场：{x.ExamSite}");
        }

        var text = "明日考试名单：\n" + string.Join("\n", list.Select(x => $"{x.RealName} {x.Phone} 科目{x.Subject}"));
        var client = _http.CreateClient();
        await client.PostAsJsonAsync(RobotUrl, new { msgtype = "text", text = new { content = text } }, ct);
        _logger.LogInformation("考试提醒已发送 {Count} 人", list.Count);
    }
}
