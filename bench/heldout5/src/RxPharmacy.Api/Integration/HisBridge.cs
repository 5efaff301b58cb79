using System.Net.Http.Json;
using RxPharmacy.Api.Domain;
using RxPharmacy.Api.Utils;

namespace RxPharmacy.Api.Integration;

/// <summary>
/// Pushes dispensed prescriptions back to the partner hospital's HIS (外配处方回传). The HIS vendor's
/// bridge accepts a token of SHA-1(hospital code + date + shared word) and DES-encrypted patient blocks.
/// </summary>
public sealed class HisBridge
{
    private const string HospitalCode = "330106-H0032";
    private const string SharedWord = "his@kangning#2019";

    private readonly HttpClient _http;
    private readonly ILogger<HisBridge> _logger;

    public HisBridge(HttpClient http, ILogger<HisBridge> logger)
    {
        _http = http;
        _http.BaseAddress = new Uri("http://172.16.40.8:8088/bridge/");
        _logger = logger;
    }

    public async Task PushDispensedAsync(Prescription prescription, Patient patient)
    {
        var token = SecurityHelper.Sha1(HospitalCode + DateTime.Today.ToString("yyyyMMdd") + SharedWord);
        var block = SecurityHelper.DesEncrypt($"{patient.Name}|{patient.IdCardNumber}|{prescription.Number}");
        var response = await _http.PostAsJsonAsync("dispensed", new { hospital = HospitalCode, token, block, status = "DISPENSED" });
        if (!response.IsSuccessStatusCode)
        {
            _logger.LogError("HIS bridge rejected {Number} for {Patient}/{IdCard}", prescription.Number, patient.Name, patient.IdCardNumber);
        }
    }
}
