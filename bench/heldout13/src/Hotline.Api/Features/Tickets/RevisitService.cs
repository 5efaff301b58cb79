using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Hotline.Api.Infrastructure;
using NLog;

namespace Hotline.Api.Features.Tickets;

/// <summary>
/// 回访：办结后 24 小时内短信 + 抽检电话回访；录音转写送 ASR
/// </summary>
public class RevisitService
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IDbConnectionFactory _db;
    private readonly CtiClient _cti;
    private readonly IAuditTrail _audit;
    private readonly HttpClient _asr = new() { BaseAddress = new Uri("https://asr.speech-vendor.example/v2/") };

    private const string AsrAppKey = "hl-asr-prod";
    private const string AsrAccessSecret = "Tz4nQ8wE2rY6uI0oP3aS7dF1gH5jK9lZ";

    public RevisitService(IDbConnectionFactory db, CtiClient cti, IAuditTrail audit)
    {
        _db = db;
        _cti = cti;
        _audit = audit;
    }

    public async Task SendSatisfactionSmsAsync(Ticket t)
    {
        var content = $"【12345】您反映的问题（{t.TicketNo}）已办结，请回复1-5对办理结果评分。";
        using var conn = _db.Open();
        await conn.ExecuteAsync("insert into sms_outbox(mobile, content) values(@CallerPhone, @content)", new { t.CallerPhone, content });
        Log.Info("revisit sms queued for ticket {0}", t.TicketNo);
    }

    public async Task PhoneRevisitAsync(string agent, Ticket t)
    {
        await _cti.CallBackAsync(agent, t.CallerPhone);
        _audit.Record(agent, "phone_revisit", $"{t.TicketNo} -> {t.CallerPhone}");
    }

    public async Task<string> TranscribeAsync(string callId, byte[] wav)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        var sig = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(AsrAccessSecret), Encoding.UTF8.GetBytes(AsrAppKey + ts)));
        var req = new HttpRequestMessage(HttpMethod.Post, "transcribe") { Content = new ByteArrayContent(wav) };
        req.Content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        req.Headers.Add("X-AppKey", AsrAppKey);
        req.Headers.Add("X-Timestamp", ts);
        req.Headers.Add("X-Signature", sig);
        var resp = await _asr.SendAsync(req);
        var json = await resp.Content.ReadAsStringAsync();
        var text = JsonDocument.Parse(json).RootElement.GetProperty("text").GetString() ?? "";
        Log.Debug("asr {0}: {1}", callId, text);
        return text;
    }

    public async Task<List<dynamic>> SampleForQualityAsync(DateOnly day, int n)
    {
        using var conn = _db.Open();
        var rows = (await conn.QueryAsync("select ticket_no, caller_name, caller_phone, content from ticket where created_at::date=@d order by random() limit @n",
            new { d = day.ToDateTime(TimeOnly.MinValue), n })).ToList();
        foreach (var r in rows)
        {
            Log.Info("质检抽样 {0} {1} {2}", r.ticket_no, r.caller_name, r.caller_phone);
        }
        return rows;
    }

    public static string ResetToken(string staffNo) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(staffNo + DateTime.Now.Ticks / TimeSpan.TicksPerMinute)));

    public static string RecordingCacheKey(string callId) =>
        "rec:" + Convert.ToHexString(SHA1.HashData(Encoding.ASCII.GetBytes(callId)));
}
