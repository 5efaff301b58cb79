using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using TalentHub.Services;

namespace TalentHub.Functions;

/// <summary>Employee referrals: staff of a tenant refer a friend for an open position.</summary>
public sealed class ReferralFunction
{
    private readonly ILogger<ReferralFunction> _logger;

    public ReferralFunction(ILogger<ReferralFunction> logger) => _logger = logger;

    [Function("SubmitReferral")]
    public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = "tenants/{tenantId}/referrals")] HttpRequestData req, string tenantId)
    {
        var referral = await JsonSerializer.DeserializeAsync<Referral>(req.Body);
        if (referral is null) return req.CreateResponse(HttpStatusCode.BadRequest);

        using (_logger.BeginScope(new Dictionary<string, object> { ["TenantId"] = tenantId, ["RefereePhone"] = referral.RefereePhone }))
        {
            _logger.LogInformation($"Referral by employee {referral.EmployeeNo}: {referral.RefereeName} for job {referral.JobId}");
        }

        var response = req.CreateResponse(HttpStatusCode.Accepted);
        await response.WriteStringAsync($"Thanks! We will contact {Masking.Name(referral.RefereeName)} at {Masking.Phone(referral.RefereePhone)}.");
        return response;
    }

    [Function("ReferralBonusReport")]
    public async Task<HttpResponseData> Report([HttpTrigger(AuthorizationLevel.Function, "get", Route = "tenants/{tenantId}/referrals/report")] HttpRequestData req, string tenantId)
    {
        var rows = new[] { ("A-1024", 3, 6000m), ("A-2048", 1, 2000m) };
        _logger.LogInformation("Referral report for {TenantId}: {Rows} employees", tenantId, rows.Length);
        var res = req.CreateResponse(HttpStatusCode.OK);
        await res.WriteAsJsonAsync(rows.Select(r => new { employeeNo = r.Item1, hires = r.Item2, bonus = r.Item3 }));
        return res;
    }
}

public sealed record Referral(string EmployeeNo, string JobId, string RefereeName, string RefereePhone, string? RefereeEmail);
