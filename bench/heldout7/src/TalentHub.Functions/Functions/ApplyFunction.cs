using System.Net;
using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.Logging;
using TalentHub.Data;
using TalentHub.Logging;
using TalentHub.Models;
using TalentHub.Services;

namespace TalentHub.Functions;

public sealed class ApplyFunction
{
    private readonly ICandidateRepository _candidates;
    private readonly IJobRepository _jobs;
    private readonly MailSender _mail;
    private readonly ILogger<ApplyFunction> _logger;

    public ApplyFunction(ICandidateRepository candidates, IJobRepository jobs, MailSender mail, ILogger<ApplyFunction> logger)
    {
        _candidates = candidates;
        _jobs = jobs;
        _mail = mail;
        _logger = logger;
    }

    [Function("Apply")]
    public async Task<HttpResponseData> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "jobs/{jobId}/apply")] HttpRequestData req, string jobId)
    {
        var body = await JsonSerializer.DeserializeAsync<ApplyRequest>(req.Body);
        if (body is null || string.IsNullOrWhiteSpace(body.Email))
        {
            return req.CreateResponse(HttpStatusCode.BadRequest);
        }

        var job = await _jobs.FindAsync(jobId);
        if (job is null || !job.IsOpen(DateTime.UtcNow))
        {
            var gone = req.CreateResponse(HttpStatusCode.NotFound);
            await gone.WriteStringAsync($"Job {jobId} is closed");
            return gone;
        }

        var existing = await _candidates.FindByEmailAsync(job.TenantId, body.Email);
        if (existing is not null)
        {
            Log.DuplicateApplication(_logger, jobId, existing.Id);
            var conflict = req.CreateResponse(HttpStatusCode.Conflict);
            await conflict.WriteAsJsonAsync(new { message = "already applied", candidateId = existing.Id });
            return conflict;
        }

        var candidate = new Candidate
        {
            Id = Guid.NewGuid().ToString("N"),
            TenantId = job.TenantId,
            FullName = body.FullName.Trim(),
            Email = body.Email.Trim().ToLowerInvariant(),
            Phone = body.Phone,
            City = body.City,
            YearsOfExperience = body.YearsOfExperience,
            Skills = body.Skills.Select(s => s.Trim().ToLowerInvariant()).Distinct().ToList(),
            CreatedAtUtc = DateTime.UtcNow,
        };
        await _candidates.InsertAsync(candidate);

        Log.ApplicationReceived(_logger, jobId, candidate.Id);
        Log.ApplicantDetails(_logger, candidate.FullName, candidate.Email, candidate.Phone, jobId);

        await _mail.SendApplicationConfirmationAsync(candidate.Email, candidate.FullName, job.Title);

        var created = req.CreateResponse(HttpStatusCode.Created);
        await created.WriteAsJsonAsync(new { candidateId = candidate.Id, stage = candidate.Stage.ToString() });
        return created;
    }
}
