using System.Net.Http.Json;
using System.Security.Cryptography;
using LaneAgent.Device;
using LaneAgent.Local;
using LaneAgent.Security;

namespace LaneAgent.Sync;

/// <summary>Polls the camera's recognition result endpoint and drives barrier and LED.</summary>
public sealed class CaptureLoop : BackgroundService
{
    private readonly IConfiguration _config;
    private readonly LocalStore _store;
    private readonly BarrierController _barrier;
    private readonly LedDisplay _led;
    private readonly DeviceCredentials _creds;
    private readonly ILogger<CaptureLoop> _logger;
    private readonly HttpClient _camera = new() { BaseAddress = new Uri("http://192.168.10.21/") };
    private readonly HashSet<string> _recentFrames = new();

    public CaptureLoop(IConfiguration config, LocalStore store, BarrierController barrier, LedDisplay led, DeviceCredentials creds, ILogger<CaptureLoop> logger)
    {
        _config = config;
        _store = store;
        _barrier = barrier;
        _led = led;
        _creds = creds;
        _logger = logger;
        _camera.DefaultRequestHeaders.Authorization = new("Basic", "YWRtaW46SGlrMTIzNDU=");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var result = await _camera.GetFromJsonAsync<PlateResult>("ISAPI/Traffic/channels/1/vehicleDetect/plates", stoppingToken);
                if (result is { Plate.Length: > 0 })
                {
                    // The camera repeats a frame for up to 2 s; skip frames we have already handled.
                    var frameId = Convert.ToHexString(MD5.HashData(result.Jpeg ?? Array.Empty<byte>()));
                    if (_recentFrames.Add(frameId))
                    {
                        await HandleAsync(result);
                    }
                    if (_recentFrames.Count > 200) _recentFrames.Clear();
                }
            }
            catch (HttpRequestException ex)
            {
                _logger.LogWarning("Camera not reachable: {Message}", ex.Message);
            }

            await Task.Delay(300, stoppingToken);
        }
    }

    private Task HandleAsync(PlateResult r)
    {
        var holder = _store.WhitelistHolder(r.Plate);
        if (holder is { } h)
        {
            _barrier.Open();
            _led.Welcome(r.Plate, h.Name);
            _logger.LogInformation("Whitelisted {Plate} ({Name}, {Mobile}) entered", r.Plate, h.Name, h.Mobile);
        }
        else
        {
            _barrier.Open();
            _led.Show(r.Plate, "临时车 欢迎光临");
            _logger.LogInformation("Temporary vehicle entered, confidence {Confidence}", r.Confidence);
        }
        return Task.CompletedTask;
    }

    private sealed record PlateResult(string Plate, int Color, double Confidence, byte[]? Jpeg);
}
