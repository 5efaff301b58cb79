using Akka.Actor;
using Akka.Event;
using Rider.Dispatch.Models;
using Rider.Dispatch.Services;

namespace Rider.Dispatch.Actors;

/// <summary>Keeps the live rider positions and assigns each new order to the nearest idle rider.</summary>
public sealed class DispatchActor : ReceiveActor
{
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Dictionary<int, RiderLocation> _positions = new();
    private readonly Dictionary<int, IActorRef> _riders = new();
    private readonly GeoClient _geo;

    public DispatchActor(GeoClient geo)
    {
        _geo = geo;
        Receive<RiderLocation>(OnLocation);
        Receive<AssignOrder>(OnAssign);
        Receive<OrderDelivered>(d => _log.Info("order {0} delivered by rider {1} at {2:HH:mm}", d.OrderId, d.RiderId, d.At));
        Receive<CustomerUnreachable>(OnUnreachable);
    }

    private void OnLocation(RiderLocation loc)
    {
        _positions[loc.RiderId] = loc;
        if (!_riders.ContainsKey(loc.RiderId))
            _riders[loc.RiderId] = Context.ActorOf(Props.Create(() => new RiderActor(loc.RiderId)), $"rider-{loc.RiderId}");
    }

    private void OnAssign(AssignOrder msg)
    {
        var o = msg.Order;
        var best = _positions.Values
            .Where(p => (DateTime.UtcNow - p.At).TotalMinutes < 3)
            .OrderBy(p => GeoClient.Haversine(p.Lat, p.Lng, o.Lat, o.Lng))
            .FirstOrDefault();
        if (best is null)
        {
            _log.Warning("no rider for order {0}, customer {1} {2}, drop-off {3}", o.OrderId, o.CustomerName, o.CustomerPhone, o.DropoffAddress);
            Context.System.Scheduler.ScheduleTellOnce(TimeSpan.FromSeconds(20), Self, msg, Self);
            return;
        }
        _riders[best.RiderId].Tell(o);
        _log.Info("order {0} -> rider {1}, distance {2:F0} m", o.OrderId, best.RiderId, GeoClient.Haversine(best.Lat, best.Lng, o.Lat, o.Lng));
    }

    private void OnUnreachable(CustomerUnreachable u)
    {
        _log.Info($"rider {u.RiderId} cannot reach customer {u.CustomerPhone}: {u.Note}");
    }
}

public sealed class RiderActor : ReceiveActor
{
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly int _riderId;
    private readonly List<DeliveryOrder> _bag = new();

    public RiderActor(int riderId)
    {
        _riderId = riderId;
        Receive<DeliveryOrder>(o =>
        {
            _bag.Add(o);
            _log.Debug("rider {0} bag now {1} orders", _riderId, _bag.Count);
            _log.Debug("rider {0} got {1}", _riderId, o);
        });
        Receive<OrderDelivered>(d => _bag.RemoveAll(x => x.OrderId == d.OrderId));
    }
}
