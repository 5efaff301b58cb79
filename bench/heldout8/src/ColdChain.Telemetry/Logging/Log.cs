namespace ColdChain.Telemetry.Logging;

/// <summary>High-volume log messages, pre-compiled with LoggerMessage.Define.</summary>
internal static class Log
{
    private static readonly Action<ILogger, string, double, Exception?> _readingStored =
        LoggerMessage.Define<string, double>(LogLevel.Debug, new EventId(1001, "ReadingStored"),
            "Reading from {DeviceId} stored: {TempC} °C");

    private static readonly Action<ILogger, string, string, string, Exception?> _excursionNotified =
        LoggerMessage.Define<string, string, string>(LogLevel.Warning, new EventId(1002, "ExcursionNotified"),
            "Excursion on {WaybillNo}: driver {DriverName} notified at {DriverPhone}");

    private static readonly Action<ILogger, string, int, Exception?> _deviceRejected =
        LoggerMessage.Define<string, int>(LogLevel.Warning, new EventId(1003, "DeviceRejected"),
            "Device {DeviceId} rejected ({Attempts} failed attempts)");

    private static readonly Action<ILogger, string, string, Exception?> _podSigned =
        LoggerMessage.Define<string, string>(LogLevel.Information, new EventId(1004, "PodSigned"),
            "Proof of delivery for {WaybillNo} signed by {Signer}");

    private static readonly Action<ILogger, int, Exception?> _rosterExported =
        LoggerMessage.Define<int>(LogLevel.Information, new EventId(1005, "RosterExported"),
            "Driver roster exported ({Count} rows)");

    public static void ReadingStored(ILogger logger, string deviceId, double tempC) => _readingStored(logger, deviceId, tempC, null);

    public static void ExcursionNotified(ILogger logger, string waybillNo, string driverName, string driverPhone) =>
        _excursionNotified(logger, waybillNo, driverName, driverPhone, null);

    public static void DeviceRejected(ILogger logger, string deviceId, int attempts) => _deviceRejected(logger, deviceId, attempts, null);

    public static void PodSigned(ILogger logger, string waybillNo, string signer) => _podSigned(logger, waybillNo, signer, null);

    public static void RosterExported(ILogger logger, int count) => _rosterExported(logger, count, null);
}
