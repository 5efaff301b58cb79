using System.Net.Http.Json;
using LaneAgent.Local;
using LaneAgent.Security;

namespace LaneAgent.Sync;

/// <summary>Pulls the residents' monthly-pass plates for this lot every 10 minutes.</summary>
public sealed class WhitelistSync : BackgroundService
{
    private readonly LocalStore _store;
    private readonly DeviceCredentials _creds;
    private readonly IConfiguration _config;
    private readonly ILogger<WhitelistSync> _logger;
    private readonly HttpClient _http = new();

    public WhitelistSync(LocalStore store, DeviceCredentials creds, IConfiguration config, ILogger<WhitelistSync> logger)
    {
        _store = store;
        _creds = creds;
        _config = config;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lot = _config["Lane:LotCode"];
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var req = new HttpRequestMessage(HttpMethod.Get, $"{_config["Central:GrpcUrl"]}/lots/{lot}/whitelist");
                req.Headers.Add("x-lane-auth", _creds.Header());
                using var resp = await _http.SendAsync(req, stoppingToken);
                var rows = await resp.Content.ReadFromJsonAsync<List<Row>>(cancellationToken: stoppingToken) ?? new();
                foreach (var bad in rows.Where(r => r.Mobile.Length != 11))
                {
                    _logger.LogWarning("Whitelist row with a bad mobile: {Row}", bad);
                }
                _store.ReplaceWhitelist(rows.Select(r => (r.Plate, r.Name, r.Mobile, r.ValidTo)));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                _logger.LogWarning("Whitelist sync failed: {Message}", ex.Message);
            }
            await Task.Delay(TimeSpan.FromMinutes(10), stoppingToken);
        }
    }

    private sealed record Row(string Plate, string Name, string Mobile, DateOnly ValidTo);
}
