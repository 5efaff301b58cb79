using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using TalentHub.Data;
using TalentHub.Models;
using TalentHub.Services;

namespace TalentHub.Functions;

/// <summary>Offer stage: background check with the screening vendor, then the offer letter.</summary>
public sealed class BackgroundCheckFunction
{
    private static readonly ActivitySource Source = new("TalentHub.BackgroundCheck");
    private readonly ICandidateRepository _candidates;
    private readonly HttpClient _vendor;
    private readonly ILogger<BackgroundCheckFunction> _logger;

    public BackgroundCheckFunction(ICandidateRepository candidates, IHttpClientFactory http, ILogger<BackgroundCheckFunction> logger)
    {
        _candidates = candidates;
        _vendor = http.CreateClient("screening");
        _logger = logger;
    }

    [Function("StartBackgroundCheck")]
    public async Task Run([QueueTrigger("background-checks", Connection = "QueueStorage")] BackgroundCheckRequest request)
    {
        using var activity = Source.StartActivity("background-check");
        activity?.SetTag("tenant.id", request.TenantId);
        var candidate = await _candidates.GetAsync(request.TenantId, request.CandidateId)
            ?? throw new InvalidOperationException($"Candidate {request.CandidateId} not found");
        activity?.SetTag("candidate.id_card", candidate.IdCardNumber);
        activity?.SetTag("candidate.city", candidate.City);


        Debug.WriteLine($"Checking {candidate.FullName} / {candidate.IdCardNumber}");

        var response = await _vendor.PostAsJsonAsync("/v1/checks", new
        {
            name = candidate.FullName,
            idCard = candidate.IdCardNumber,
            consent = request.ConsentDocumentId,
        });
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Screening vendor rejected {candidate.FullName} ({candidate.Phone}): {(int)response.StatusCode}");
        }

        var summary = Describe(candidate);
        _logger.LogInformation("Background check started: {Summary}", summary);
        Trace.TraceInformation("check started for candidate {0}", candidate.Id);
    }

    private static string Describe(Candidate c) =>
        $"{c.FullName}, born {c.BirthDate:yyyy-MM-dd}, ID {c.IdCardNumber}, {c.City}";
}

public sealed record BackgroundCheckRequest(string TenantId, string CandidateId, string ConsentDocumentId);
