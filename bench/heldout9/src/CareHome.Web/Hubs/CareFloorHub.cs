using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CareHome.Hubs;

/// <summary>Nursing-station screens: call bells, fall alarms and visit status.</summary>
[Authorize]
public sealed class CareFloorHub : Hub
{
    private readonly ILogger<CareFloorHub> _logger;

    public CareFloorHub(ILogger<CareFloorHub> logger) => _logger = logger;

    public async Task JoinFloor(string floor)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, "floor-" + floor);
        _logger.LogInformation("Connection {ConnectionId} joined floor {Floor}", Context.ConnectionId, floor);
    }

    public async Task RaiseCallBell(string floor, string roomNo, string bed)
    {
        await Clients.Group("floor-" + floor).SendAsync("callBell", new { roomNo, bed, at = DateTime.Now });
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        if (exception is not null)
        {
            _logger.LogWarning(exception, "Floor screen {ConnectionId} dropped", Context.ConnectionId);
        }
        return base.OnDisconnectedAsync(exception);
    }
}
