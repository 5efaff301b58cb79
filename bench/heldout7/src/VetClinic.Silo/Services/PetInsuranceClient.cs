using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using VetClinic.Contracts;
using ZLogger;

namespace VetClinic.Services;

/// <summary>Direct billing to the pet insurer: the clinic submits the claim, the owner pays only the excess.</summary>
public sealed class PetInsuranceClient
{
    private readonly HttpClient _http;
    private readonly ILogger<PetInsuranceClient> _logger;
    private readonly string _partnerSecret;

    public PetInsuranceClient(HttpClient http, ILogger<PetInsuranceClient> logger, Microsoft.Extensions.Configuration.IConfiguration config)
    {
        _http = http;
        _logger = logger;
        _partnerSecret = config["Insurer:PartnerSecret"] ?? "";
    }

    public async Task<string?> SubmitClaimAsync(OwnerProfile owner, PetProfile pet, Visit visit, decimal amount)
    {
        var body = new
        {
            policyHolder = owner.FullName,
            idNumber = owner.IdNumber,
            petChip = pet.MicrochipNumber,
            visitId = visit.VisitId,
            amount,
        };
        var json = System.Text.Json.JsonSerializer.Serialize(body);
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        // Insurer's partner API v1 mandates HMAC-SHA1 over ts + body (their spec, section 4.2).
        var sig = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(_partnerSecret), Encoding.UTF8.GetBytes(ts + json)));
        using var req = new HttpRequestMessage(HttpMethod.Post, "https://api.petinsure.example/v1/claims")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        req.Headers.Add("X-Timestamp", ts);
        req.Headers.Add("X-Signature", sig);

        var res = await _http.SendAsync(req);
        if (!res.IsSuccessStatusCode)
        {
            _logger.ZLogError($"Claim for {owner.FullName} (ID {owner.IdNumber}) rejected: {(int)res.StatusCode}");
            Trace.WriteLine($"insurer rejected claim, call owner at {owner.Mobile}");
            return null;
        }
        var claim = await res.Content.ReadFromJsonAsync<ClaimResponse>();
        _logger.ZLogInformation($"Claim {claim!.ClaimNo} submitted for visit {visit.VisitId}");
        return claim.ClaimNo;
    }

    public async Task NotifyOwnerAsync(OwnerProfile owner, string claimNo, SmsGateway sms)
    {
        await sms.SendAsync(owner.Mobile, $"【爱宠动物医院】您的理赔申请 {claimNo} 已提交。");
        _logger.ZLogInformation($"Claim notice sent to {owner.Email ?? owner.Mobile}");
    }

    private sealed record ClaimResponse(string ClaimNo, string Status);
}
