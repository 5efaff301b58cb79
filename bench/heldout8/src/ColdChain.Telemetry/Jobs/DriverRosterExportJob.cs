using System.Globalization;
using System.Text;
using ColdChain.Telemetry.Data;
using ColdChain.Telemetry.Logging;

namespace ColdChain.Telemetry.Jobs;

/// <summary>
/// Nightly roster for the depots' gate guards (plate and masked phone) and the full file for
/// the insurer's annual driver declaration.
/// </summary>
public sealed class DriverRosterExportJob
{
    private readonly DriverRepository _drivers;
    private readonly IConfiguration _config;
    private readonly ILogger<DriverRosterExportJob> _log;

    public DriverRosterExportJob(DriverRepository drivers, IConfiguration config, ILogger<DriverRosterExportJob> log)
    {
        _drivers = drivers;
        _config = config;
        _log = log;
    }

    public async Task RunAsync()
    {
        var drivers = await _drivers.ListActiveAsync(CancellationToken.None);
        var share = _config["Exports:Share"] ?? @"\\fs01\coldchain\exports";
        var day = DateTime.Today.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

        var gate = new StringBuilder("工号,车牌,手机,场站\n");
        foreach (var d in drivers)
        {
            gate.Append(d.WorkNo).Append(',').Append(d.PlateNo).Append(',')
                .Append(Mask(d.ShouJiHao)).Append(',').Append(d.Depot).Append('\n');
        }

        await File.WriteAllTextAsync(Path.Combine(share, $"gate-roster-{day}.csv"), gate.ToString(), Encoding.UTF8);

        await using var insurer = new StreamWriter(Path.Combine(share, $"insurer-declaration-{day}.csv"), false, Encoding.UTF8);
        await insurer.WriteLineAsync("姓名,身份证号,驾驶证号,手机号,住址");
        foreach (var d in drivers)
        {
            await insurer.WriteLineAsync($"{d.XingMing},{d.Sfzh},{d.LicenseNo},{d.ShouJiHao},{d.HomeAddress}");
        }

        Log.RosterExported(_log, drivers.Count);
    }

    private static string Mask(string phone) =>
        phone.Length == 11 ? string.Concat(phone.AsSpan(0, 3), "****", phone.AsSpan(7)) : "***";
}
