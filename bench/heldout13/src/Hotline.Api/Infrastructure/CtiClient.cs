using System.Net.Http.Headers;
using System.Text;
using Dapper;
using Hotline.Api.Features.Tickets;
using MediatR;
using NLog;

namespace Hotline.Api.Infrastructure;

public record CtiCallEvent(string CallId, string Caller, string Agent, string Event, string? RecordingUrl, int Duration) : IRequest<IResult>;

/// <summary>
/// 呼叫中心 CTI：录音下载、外呼回访
/// </summary>
public class CtiClient
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly HttpClient _http;

    public CtiClient(IConfiguration cfg)
    {
        _http = new HttpClient { BaseAddress = new Uri(cfg["Cti:BaseUrl"]! + "/") };
        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{cfg["Cti:Account"]}:{cfg["Cti:Password"]}"));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
    }

    public async Task<byte[]> DownloadRecordingAsync(string callId)
    {
        return await _http.GetByteArrayAsync($"recording/{callId}.wav");
    }

    public async Task CallBackAsync(string agent, string phone)
    {
        var resp = await _http.PostAsync("outbound", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["agent"] = agent,
            ["callee"] = phone
        }));
        Log.Info("outbound callback agent {0} status {1}", agent, (int)resp.StatusCode);
    }
}

public class CtiCallEventHandler : IRequestHandler<CtiCallEvent, IResult>
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IDbConnectionFactory _db;

    public CtiCallEventHandler(IDbConnectionFactory db) => _db = db;

    public async Task<IResult> Handle(CtiCallEvent e, CancellationToken ct)
    {
        Log.Info("cti event {0} call {1} caller {2} agent {3}", e.Event, e.CallId, e.Caller, e.Agent);
        using var conn = _db.Open();
        await conn.ExecuteAsync("insert into call_log(call_id, caller, agent, event, recording_url, duration) values(@CallId, @Caller, @Agent, @Event, @RecordingUrl, @Duration)", e);
        if (e.Event == "hangup" && e.Duration < 5)
        {
            Log.Debug("short call {0}, {1}s", e.CallId, e.Duration);
        }
        return Results.Ok(new { code = 0 });
    }
}
