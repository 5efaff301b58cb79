using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Logging;
using RideHail.Dispatch.Grains;
using RideHail.Dispatch.Logging;

namespace RideHail.Dispatch.Consumers;

/// <summary>MassTransit：乘客下单 → 找附近司机。</summary>
public sealed class TripRequestedConsumer(IGrainFactory grains, ILogger<TripRequestedConsumer> log) : IConsumer<TripRequested>
{
    private static readonly ActivitySource Source = new("RideHail.Dispatch");

    public async Task Consume(ConsumeContext<TripRequested> ctx)
    {
        var t = ctx.Message;
        using var activity = Source.StartActivity("dispatch.match");
        activity?.SetTag("trip.id", t.TripId);
        activity?.SetTag("passenger.phone", t.PassengerPhone);
        activity?.SetTag("pickup.geo", $"{t.Pickup.Lat:F6},{t.Pickup.Lng:F6}");
        activity?.SetTag("pickup.cell", GeoCell(t.Pickup));
        Activity.Current?.AddBaggage("passenger.id", t.PassengerId);

        using (log.BeginScope(new Dictionary<string, object> { ["TripId"] = t.TripId, ["PassengerName"] = t.PassengerName }))
        {
            log.LogInformation("matching trip {TripId} from {Address}", t.TripId, t.PickupAddress);
            var matcher = grains.GetGrain<ICityMatcherGrain>(GeoCell(t.Pickup));
            var assignment = await matcher.MatchAsync(t);
            if (assignment is null)
            {
                log.LogWarning("no driver for trip {TripId}", t.TripId);
                return;
            }
            log.TripAssigned(assignment);
            log.TripAssignedForSupport(assignment, t);
            await ctx.Publish(assignment);
        }
    }

    private static string GeoCell(GeoPoint p) => $"{Math.Round(p.Lat, 1)}:{Math.Round(p.Lng, 1)}";
}

/// <summary>司机资料提交 → 人工审核队列。</summary>
public sealed class DriverDocumentsSubmittedConsumer(Functions.DriverRepository repo, ILogger<DriverDocumentsSubmittedConsumer> log) : IConsumer<DriverDocumentsSubmitted>
{
    public async Task Consume(ConsumeContext<DriverDocumentsSubmitted> ctx)
    {
        var m = ctx.Message;
        log.LogInformation("review queued for driver {DriverId}", m.DriverId);
        log.LogInformation("documents received {@Documents}", m);
        if (m.BankCardNo is { Length: > 0 } && !LuhnOk(m.BankCardNo))
            throw new FormatException($"bank card {m.BankCardNo} of driver {m.DriverId} fails Luhn");
        await repo.SaveAsync(new Driver { DriverId = m.DriverId, Name = m.Name, Phone = m.Phone, IdCardNo = m.IdCardNo, LicenceNo = m.LicenceNo, PlateNo = m.PlateNo, BankCardNo = m.BankCardNo });
    }

    private static bool LuhnOk(string s)
    {
        var sum = 0; var dbl = false;
        for (var i = s.Length - 1; i >= 0; i--)
        {
            var d = s[i] - '0';
            if (dbl) { d *= 2; if (d > 9) d -= 9; }
            sum += d; dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
