using ChargeHub.Service.Domain;
using Microsoft.AspNetCore.SignalR;

namespace ChargeHub.Service.Hubs;

public interface IStationClient
{
    Task ChargerStatus(string serial, string status, double powerKw);
    Task QueueUpdated(string stationId, int waiting);
    Task DriverArrived(object info);
}

/// <summary>运营大屏实时推送</summary>
public sealed class StationStatusHub(ILogger<StationStatusHub> logger) : Hub<IStationClient>
{
    public Task Subscribe(string stationId)
    {
        logger.LogInformation("dashboard {ConnectionId} subscribed to {StationId}", Context.ConnectionId, stationId);
        return Groups.AddToGroupAsync(Context.ConnectionId, "station:" + stationId);
    }

    public async Task Arrived(string stationId, Driver driver)
    {
        await Clients.Group("station:" + stationId).DriverArrived(new { driver.FullName, driver.Phone, driver.LicensePlate });
        logger.LogDebug("arrival pushed for station {StationId}", stationId);
    }

    public async Task ArrivedMasked(string stationId, Driver driver)
    {
        await Clients.Group("station:" + stationId).DriverArrived(new { Plate = driver.LicensePlate[..2] + "***" + driver.LicensePlate[^2..] });
    }
}
