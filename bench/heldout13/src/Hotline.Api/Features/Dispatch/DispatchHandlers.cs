using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Dapper;
using Hotline.Api.Infrastructure;
using MediatR;
using NLog;

namespace Hotline.Api.Features.Dispatch;

public record DispatchTicket(string TicketNo, string DeptCode, string StaffNo, string? Note) : IRequest<IResult>;

public class DispatchHandler : IRequestHandler<DispatchTicket, IResult>
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IDbConnectionFactory _db;
    private readonly DeptNotifier _notifier;
    private readonly IProducer<string, string> _producer;

    public DispatchHandler(IDbConnectionFactory db, DeptNotifier notifier, IConfiguration cfg)
    {
        _db = db;
        _notifier = notifier;
        _producer = new ProducerBuilder<string, string>(new ProducerConfig
        {
            BootstrapServers = cfg.GetConnectionString("Kafka"),
            SaslUsername = "hotline",
            SaslPassword = "kfk_H0tline!2024",
            SecurityProtocol = SecurityProtocol.SaslPlaintext,
            SaslMechanism = SaslMechanism.Plain
        }).Build();
    }

    public async Task<IResult> Handle(DispatchTicket cmd, CancellationToken ct)
    {
        using var conn = _db.Open();
        var t = await conn.QuerySingleAsync<Ticket>("select * from ticket where ticket_no = @TicketNo", cmd);
        await conn.ExecuteAsync("update ticket set dept_code=@DeptCode, status='dispatched' where ticket_no=@TicketNo", cmd);

        // 承办单位工单系统（需要完整来电人信息回访）
        await _producer.ProduceAsync("dept." + cmd.DeptCode + ".tickets", new Message<string, string>
        {
            Key = t.TicketNo,
            Value = JsonSerializer.Serialize(new { t.TicketNo, t.CallerName, t.CallerPhone, t.Address, t.Content, t.DueAt })
        }, ct);

        // 大屏统计
        await _producer.ProduceAsync("hotline.stats", new Message<string, string>
        {
            Key = cmd.DeptCode,
            Value = $"{{\"dept\":\"{cmd.DeptCode}\",\"category\":\"{t.Category}\",\"phone\":\"{t.CallerPhone}\",\"street\":\"{t.Address}\"}}"
        }, ct);

        await _notifier.NotifyGroupAsync(cmd.DeptCode, t);
        Log.Info("ticket {0} dispatched to {1} by {2}", t.TicketNo, cmd.DeptCode, cmd.StaffNo);
        return Results.Ok();
    }
}

/// <summary>
/// 钉钉群机器人：派单提醒发到各承办单位群（群里有几十个人）
/// </summary>
public class DeptNotifier
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly HttpClient _http = new();
    private readonly string _webhook;
    private readonly string _secret;

    public DeptNotifier(IConfiguration cfg)
    {
        _webhook = cfg["DeptRobot:Webhook"]!;
        _secret = cfg["DeptRobot:Secret"]!;
    }

    public async Task NotifyGroupAsync(string deptCode, Ticket t)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(_secret));
        var sign = Uri.EscapeDataString(Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{ts}\n{_secret}"))));
        var text = $"【12345派单】{t.TicketNo}\n诉求人：{t.CallerName} {t.CallerPhone}\n地址：{t.Address}\n内容：{t.Content}\n请于{t.DueAt:MM-dd HH:mm}前办结";
        var resp = await _http.PostAsJsonAsync($"{_webhook}&timestamp={ts}&sign={sign}", new { msgtype = "text", text = new { content = text } });
        if (!resp.IsSuccessStatusCode)
        {
            Log.Error("dingtalk robot {0} failed for dept {1}", (int)resp.StatusCode, deptCode);
        }
    }

    public async Task NotifyOverdueAsync(string deptCode, int count)
    {
        await _http.PostAsJsonAsync(_webhook, new { msgtype = "text", text = new { content = $"【督办】{deptCode} 有 {count} 件工单即将超期" } });
    }
}
