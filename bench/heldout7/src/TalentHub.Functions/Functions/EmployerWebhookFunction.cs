using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using TalentHub.Data;
using TalentHub.Logging;
using TalentHub.Security;

namespace TalentHub.Functions;

/// <summary>Pushes stage changes to the employer's HRIS (signed with the tenant's webhook secret).</summary>
public sealed class EmployerWebhookFunction
{
    private readonly ITenantRepository _tenants;
    private readonly SecretsProvider _secrets;
    private readonly IHttpClientFactory _http;
    private readonly ILogger<EmployerWebhookFunction> _logger;

    public EmployerWebhookFunction(ITenantRepository tenants, SecretsProvider secrets, IHttpClientFactory http, ILogger<EmployerWebhookFunction> logger)
    {
        _tenants = tenants;
        _secrets = secrets;
        _http = http;
        _logger = logger;
    }

    [Function("PushStageChange")]
    public async Task Run([QueueTrigger("stage-changes", Connection = "QueueStorage")] StageChanged message)
    {
        var tenant = await _tenants.GetAsync(message.TenantId);
        if (tenant?.WebhookUrl is null || tenant.WebhookSigningSecretRef is null)
        {
            return;
        }

        var secret = await _secrets.GetAsync(tenant.WebhookSigningSecretRef);
        var payload = System.Text.Json.JsonSerializer.Serialize(message);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var signature = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload))).ToLowerInvariant();

        using var request = new HttpRequestMessage(HttpMethod.Post, tenant.WebhookUrl)
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-TalentHub-Signature", "sha256=" + signature);
        var response = await _http.CreateClient("webhooks").SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK && response.StatusCode != HttpStatusCode.Accepted)
        {
            Log.WebhookFailed(_logger, tenant.Id, (int)response.StatusCode);
        }
    }
}

public sealed record StageChanged(string TenantId, string CandidateId, string JobId, string Stage, DateTime AtUtc);
