using Cowork.Gate.Access;
using Cowork.Gate.Infra;
using Cowork.Gate.Members;

namespace Cowork.Gate.Workers;

public class DoorEventWorker : BackgroundService
{
    private readonly DoorController _doors;
    private readonly MemberDirectory _members;
    private readonly IAppLog _log;
    private readonly ILogger<DoorEventWorker> _logger;

    public DoorEventWorker(DoorController doors, MemberDirectory members, IAppLog log, ILogger<DoorEventWorker> logger)
    {
        _doors = doors;
        _members = members;
        _log = log;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var since = DateTime.Now.AddMinutes(-5);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                foreach (var e in await _doors.PullAsync(since))
                {
                    if (!e.Granted)
                    {
                        _logger.LogWarning("door {Door} denied card {Card}", e.DoorId, e.CardNo);
                        continue;
                    }
                    if (e.At.Hour is < 6 or >= 23)
                        _logger.LogWarning("after-hours entry: {Event}", e);
                    since = e.At > since ? e.At : since;
                }
            }
            catch (HttpRequestException ex)
            {
                _log.Fail(ex, "door controller unreachable");
            }
        }
    }
}
