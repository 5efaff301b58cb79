using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using RxPharmacy.Api.Domain;

namespace RxPharmacy.Api.Integration;

/// <summary>
/// Pharmacist's electronic signature of an approved prescription (电子处方 CA 签名). The CA vendor
/// holds the pharmacists' certificates; we sign a digest of the prescription with the pharmacy seal key.
/// </summary>
public sealed class PharmacistCaSigner
{
    private readonly HttpClient _http;
    private readonly RSA _sealKey;

    public PharmacistCaSigner(HttpClient http, IConfiguration configuration)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://ca.example-trust.cn/sign/v2/");
        _http.DefaultRequestHeaders.Add("X-CA-Token", "nnpy3MPNZEPFqzi0OZUrNsPqPdQ1Og7Y");
        _sealKey = RSA.Create();
        _sealKey.ImportFromPem(File.ReadAllText(configuration["Ca:SealKeyPath"] ?? "/run/secrets/seal.pem"));
    }

    public async Task<string> SignAsync(Prescription prescription, long pharmacistId)
    {
        var canonical = new StringBuilder()
            .Append(prescription.Number).Append('|')
            .Append(prescription.PatientId).Append('|')
            .Append(prescription.DoctorId).Append('|')
            .Append(string.Join(";", prescription.Lines.Select(l => $"{l.DrugCode}:{l.Packs}")))
            .ToString();

        var seal = _sealKey.SignData(Encoding.UTF8.GetBytes(canonical), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        var response = await _http.PostAsJsonAsync("pharmacist", new
        {
            signerId = pharmacistId,
            digest = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))),
            seal = Convert.ToBase64String(seal),
        });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, string>>();
        return body!["signature"];
    }

    public bool VerifySeal(string canonical, byte[] seal) =>
        _sealKey.VerifyData(Encoding.UTF8.GetBytes(canonical), seal, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
}
