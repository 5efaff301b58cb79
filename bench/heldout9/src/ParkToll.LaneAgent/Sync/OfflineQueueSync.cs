using System.Net.Http.Json;
using LaneAgent.Local;
using LaneAgent.Security;

namespace LaneAgent.Sync;

/// <summary>Uploads sessions recorded while the centre was unreachable.</summary>
public sealed class OfflineQueueSync : BackgroundService
{
    private readonly LocalStore _store;
    private readonly DeviceCredentials _creds;
    private readonly IConfiguration _config;
    private readonly ILogger<OfflineQueueSync> _logger;
    private readonly HttpClient _http = new();

    public OfflineQueueSync(LocalStore store, DeviceCredentials creds, IConfiguration config, ILogger<OfflineQueueSync> logger)
    {
        _store = store;
        _creds = creds;
        _config = config;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var baseUrl = _config["Central:GrpcUrl"] ?? "https://grpc.parktoll.internal";
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var s in _store.UnsyncedSessions())
            {
                using var req = new HttpRequestMessage(HttpMethod.Post, baseUrl + "/offline/sessions")
                {
                    Content = JsonContent.Create(new { s.Plate, s.EnteredAt, s.ExitedAt, s.Fee, s.IdemKey }),
                };
                req.Headers.Add("x-lane-auth", _creds.Header());
                req.Headers.Add("Idempotency-Key", s.IdemKey);
                try
                {
                    using var resp = await _http.SendAsync(req, stoppingToken);
                    if (resp.IsSuccessStatusCode)
                    {
                        _store.MarkSynced(s.Id);
                    }
                    else
                    {
                        _logger.LogWarning("Offline session {Id} rejected: {Status}", s.Id, (int)resp.StatusCode);
                    }
                }
                catch (HttpRequestException)
                {
                    break;
                }
            }
            await Task.Delay(TimeSpan.FromMinutes(1), stoppingToken);
        }
    }
}
