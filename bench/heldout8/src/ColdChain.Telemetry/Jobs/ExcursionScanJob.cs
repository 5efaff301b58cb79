using ColdChain.Telemetry.Clients;
using ColdChain.Telemetry.Data;
using ColdChain.Telemetry.Logging;
using Hangfire;

namespace ColdChain.Telemetry.Jobs;

/// <summary>Every five minutes: finds shipments out of band and alerts the driver and the consignee.</summary>
[AutomaticRetry(Attempts = 2)]
public sealed class ExcursionScanJob
{
    private readonly SqlConnectionFactory _db;
    private readonly DriverRepository _drivers;
    private readonly SmsGateway _sms;
    private readonly ILogger<ExcursionScanJob> _log;

    public ExcursionScanJob(SqlConnectionFactory db, DriverRepository drivers, SmsGateway sms, ILogger<ExcursionScanJob> log)
    {
        _db = db;
        _drivers = drivers;
        _sms = sms;
        _log = log;
    }

    public async Task RunAsync()
    {
        var ct = CancellationToken.None;
        foreach (var ex in await OpenExcursionsAsync(ct))
        {
            var driver = await _drivers.FindAsync(ex.DriverId, ct);
            if (driver is null)
            {
                _log.LogWarning("Excursion {WaybillNo} has no driver assigned", ex.WaybillNo);
                continue;
            }

            await _sms.SendAsync(driver.ShouJiHao, $"【冷链】运单{ex.WaybillNo}温度{ex.TempC:F1}°C超出范围，请检查冷机。");
            Log.ExcursionNotified(_log, ex.WaybillNo, driver.XingMing, driver.ShouJiHao);

            await _sms.SendAsync(ex.ConsigneePhone, $"您的冷链货物{ex.WaybillNo}运输中出现温度异常，我们正在处理。");
            BackgroundJob.Enqueue<CarrierEscalation>(c => c.EscalateAsync(ex.WaybillNo, ex.TempC));
        }
    }

    private async Task<List<OpenExcursion>> OpenExcursionsAsync(CancellationToken ct)
    {
        var list = new List<OpenExcursion>();
        await using var conn = await _db.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT WaybillNo, DriverId, LastTempC, ConsigneePhone FROM dbo.v_OpenExcursion";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new OpenExcursion(r.GetString(0), r.GetInt32(1), r.GetDouble(2), r.GetString(3)));
        }

        return list;
    }

    private sealed record OpenExcursion(string WaybillNo, int DriverId, double TempC, string ConsigneePhone);
}
