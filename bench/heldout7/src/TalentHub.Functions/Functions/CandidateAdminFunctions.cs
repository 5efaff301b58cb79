using System.Net;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using TalentHub.Data;
using TalentHub.Models;
using TalentHub.Services;

namespace TalentHub.Functions;

/// <summary>Recruiter back-office endpoints (function-key protected, called by the SPA through APIM).</summary>
public sealed class CandidateAdminFunctions
{
    private readonly ICandidateRepository _candidates;
    private readonly ILogger _logger;

    public CandidateAdminFunctions(ICandidateRepository candidates, ILoggerFactory loggerFactory)
    {
        _candidates = candidates;
        _logger = loggerFactory.CreateLogger("CandidateAdmin");
    }

    [Function("ListCandidates")]
    public async Task<HttpResponseData> List([HttpTrigger(AuthorizationLevel.Function, "get", Route = "tenants/{tenantId}/candidates")] HttpRequestData req, string tenantId)
    {
        var page = int.TryParse(System.Web.HttpUtility.ParseQueryString(req.Url.Query)["page"], out var p) ? p : 1;
        var rows = await _candidates.PageAsync(tenantId, page, 50);
        var summaries = rows.Select(c => new CandidateSummary(c.Id, Masking.Name(c.FullName), c.City, c.YearsOfExperience, c.Skills, c.Stage)).ToList();
        _logger.LogInformation("Listed {Count} candidates for tenant {TenantId}, page {Page}", summaries.Count, tenantId, page);
        var res = req.CreateResponse(HttpStatusCode.OK);
        await res.WriteAsJsonAsync(summaries);
        return res;
    }

    [Function("GetCandidate")]
    public async Task<HttpResponseData> Get([HttpTrigger(AuthorizationLevel.Function, "get", Route = "tenants/{tenantId}/candidates/{id}")] HttpRequestData req, string tenantId, string id)
    {
        var candidate = await _candidates.GetAsync(tenantId, id);
        if (candidate is null)
        {
            return req.CreateResponse(HttpStatusCode.NotFound);
        }
        var res = req.CreateResponse(HttpStatusCode.OK);
        await res.WriteAsJsonAsync(candidate);
        return res;
    }

    [Function("SearchCandidates")]
    public async Task<HttpResponseData> Search([HttpTrigger(AuthorizationLevel.Function, "get", Route = "tenants/{tenantId}/candidates/search")] HttpRequestData req, string tenantId)
    {
        var q = System.Web.HttpUtility.ParseQueryString(req.Url.Query)["q"] ?? "";
        _logger.LogInformation("Recruiter search in {TenantId}: {Query}", tenantId, q);
        var rows = await _candidates.SearchAsync(tenantId, q, 20);
        var res = req.CreateResponse(HttpStatusCode.OK);
        await res.WriteAsJsonAsync(rows.Select(c => new { c.Id, Name = Masking.Name(c.FullName), c.City, c.Stage }));
        return res;
    }

    [Function("MoveStage")]
    public async Task<HttpResponseData> MoveStage([HttpTrigger(AuthorizationLevel.Function, "post", Route = "tenants/{tenantId}/candidates/{id}/stage/{stage}")] HttpRequestData req, string tenantId, string id, CandidateStage stage)
    {
        var candidate = await _candidates.GetAsync(tenantId, id)
            ?? throw new InvalidOperationException($"Candidate {id} not found in tenant {tenantId}");
        if (!StageRules.CanMove(candidate.Stage, stage))
        {
            throw new InvalidOperationException($"Cannot move {candidate.FullName} ({candidate.Email}) from {candidate.Stage} to {stage}");
        }
        candidate.Stage = stage;
        await _candidates.ReplaceAsync(candidate);
        _logger.LogInformation("Candidate {CandidateId} moved to {Stage}", id, stage);
        return req.CreateResponse(HttpStatusCode.NoContent);
    }
}
