using System.Net.Http.Json;
using Donor.Functions.Models;
using Microsoft.Extensions.Logging;

namespace Donor.Functions.Services;

/// <summary>传染病网络直报（HIV/HBV/HCV/梅毒阳性确认后上报疾控）</summary>
public class CdcReporter
{
    private static readonly HttpClient Http = new();
    private readonly ILogger<CdcReporter> _log;

    public CdcReporter(ILogger<CdcReporter> log) => _log = log;

    public async Task ReportAsync(DonorEntity donor, LabResult r, string disease)
    {
        var body = new
        {
            reporter = "3201000001",
            patientName = donor.Name,
            idCard = donor.IdCardNo,
            phone = donor.Mobile,
            disease,
            sampleId = r.DonationId
        };
        System.Diagnostics.Debug.WriteLine($"cdc report {donor.Name} {donor.IdCardNo} {disease}");
        var resp = await Http.PostAsJsonAsync(Environment.GetEnvironmentVariable("CdcEndpoint"), body);
        if (!resp.IsSuccessStatusCode)
        {
            _log.LogError("cdc report failed for {Name} {IdCard} ({Disease}): {Status}", donor.Name, donor.IdCardNo, disease, resp.StatusCode);
        }
    }
}
