using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using TalentHub.Data;

namespace TalentHub.Functions;

/// <summary>Interviewers submit scorecards; a text copy goes to the shared drive the HR team archives.</summary>
public sealed class InterviewFeedbackFunction
{
    private readonly ICandidateRepository _candidates;
    private readonly ILogger<InterviewFeedbackFunction> _logger;

    public InterviewFeedbackFunction(ICandidateRepository candidates, ILogger<InterviewFeedbackFunction> logger)
    {
        _candidates = candidates;
        _logger = logger;
    }

    [Function("SubmitFeedback")]
    public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Function, "post", Route = "tenants/{tenantId}/interviews/{interviewId}/feedback")] HttpRequestData req, string tenantId, string interviewId)
    {
        var card = await JsonSerializer.DeserializeAsync<Scorecard>(req.Body);
        if (card is null || card.Scores.Count == 0) return req.CreateResponse(HttpStatusCode.BadRequest);
        var candidate = await _candidates.GetAsync(tenantId, card.CandidateId);
        if (candidate is null) return req.CreateResponse(HttpStatusCode.NotFound);

        var average = card.Scores.Values.Average();
        var decision = average >= 3.5 ? "hire" : average >= 2.5 ? "hold" : "no-hire";
        _logger.LogInformation("Scorecard for interview {InterviewId}: avg {Average:F2}, {Decision}", interviewId, average, decision);

        var text = new StringBuilder()
            .AppendLine($"Candidate: {candidate.FullName}  Phone: {candidate.Phone}")
            .AppendLine($"Expected salary: {candidate.ExpectedSalary}")
            .AppendLine($"Interviewer: {card.InterviewerId}  Decision: {decision}")
            .AppendLine(card.Notes)
            .ToString();
        var share = Environment.GetEnvironmentVariable("HR_ARCHIVE_SHARE") ?? "/mnt/hr-archive";
        await File.WriteAllTextAsync(Path.Combine(share, tenantId, $"{interviewId}.txt"), text);

        if (card.Notes.Contains("salary", StringComparison.OrdinalIgnoreCase))
        {
            _logger.LogWarning("Salary discussed with {Name}, expected {Salary}", candidate.FullName, candidate.ExpectedSalary);
        }
        return req.CreateResponse(HttpStatusCode.Created);
    }
}

public sealed record Scorecard(string CandidateId, string InterviewerId, Dictionary<string, int> Scores, string Notes);
