using Microsoft.Extensions.Logging;

namespace RideHail.Dispatch.Logging;

/// <summary>团队约定：日志都走扩展方法，模板集中管理。</summary>
public static class DispatchLog
{
    public static void DriverApplied(this ILogger log, string driverId, string city) =>
        log.LogInformation("driver {DriverId} applied in {City}", driverId, city);

    public static void DriverAppliedVerbose(this ILogger log, string name, string phone, string idCard) =>
        log.LogDebug("driver application detail name={Name} phone={Phone} id={IdCard}", name, phone, idCard);

    public static void TripAssigned(this ILogger log, TripAssignment a) =>
        log.LogInformation("trip {TripId} assigned to {DriverId} eta {Eta}s", a.TripId, a.DriverId, a.EtaSeconds);

    public static void TripAssignedForSupport(this ILogger log, TripAssignment a, TripRequested t) =>
        log.LogInformation("trip {TripId}: passenger {Phone} picked up at {Address} by plate {Plate}", t.TripId, t.PassengerPhone, t.PickupAddress, a.PlateNo);

    public static void PassengerContact(this ILogger log, string tripId, string phone) =>
        log.LogInformation("trip {TripId} passenger contact {Phone}", tripId, MaskPhone(phone));

    public static string MaskPhone(string p) => p.Length == 11 ? $"{p[..3]}****{p[7..]}" : "***";
}
