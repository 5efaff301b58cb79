using System.Text.Json;
using Donor.Functions.Models;
using Donor.Functions.Services;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Functions;

public class LabResultFunction
{
    private readonly DonorStore _store;
    private readonly CdcReporter _cdc;
    private readonly SmsSender _sms;
    private readonly ILogger<LabResultFunction> _log;

    public LabResultFunction(DonorStore store, CdcReporter cdc, SmsSender sms, ILogger<LabResultFunction> log)
    {
        _store = store;
        _cdc = cdc;
        _sms = sms;
        _log = log;
    }

    [Function("LabResult")]
    public async Task Run([QueueTrigger("lab-results", Connection = "DonorStorage")] string message)
    {
        var r = JsonSerializer.Deserialize<LabResult>(message)!;
        var dedup = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(message)));
        _log.LogDebug("lab message {Dedup}", dedup);
        var donor = await _store.FindAsync(r.DonorId);
        if (donor == null)
        {
            _log.LogWarning("lab result for unknown donor {DonorId}, donation {DonationId}", r.DonorId, r.DonationId);
            return;
        }

        var reactive = new List<string>();
        if (r.Hiv == "R") reactive.Add("HIV");
        if (r.HbsAg == "R") reactive.Add("HBV");
        if (r.Hcv == "R") reactive.Add("HCV");
        if (r.Syphilis == "R") reactive.Add("TP");

        if (reactive.Count == 0)
        {
            _log.LogInformation("donation {DonationId} released, technician {Tech}", r.DonationId, r.Technician);
            return;
        }

        donor.Deferred = true;
        donor.DeferReason = "检测不合格：" + string.Join(",", reactive);
        await _store.UpsertAsync(donor);
        _log.LogWarning($"Reactive screening for donor {donor.Name} ({donor.Mobile}): {string.Join(",", reactive)}");
        foreach (var d in reactive.Where(x => x is "HIV" or "TP"))
            await _cdc.ReportAsync(donor, r, d);
        await _sms.SendAsync(donor.Mobile, "SMS_RECHECK_NOTICE", new { name = donor.Name });
    }
}
