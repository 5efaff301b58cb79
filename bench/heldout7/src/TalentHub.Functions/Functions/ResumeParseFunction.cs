using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using TalentHub.Data;
using TalentHub.Logging;
using TalentHub.Services;

namespace TalentHub.Functions;

/// <summary>Parses uploaded résumés (PDF/DOCX converted to text upstream) and fills skills and experience.</summary>
public sealed class ResumeParseFunction
{
    private readonly ICandidateRepository _candidates;
    private readonly IResumeTextCache _cache;
    private readonly ILogger<ResumeParseFunction> _logger;

    public ResumeParseFunction(ICandidateRepository candidates, IResumeTextCache cache, ILogger<ResumeParseFunction> logger)
    {
        _candidates = candidates;
        _cache = cache;
        _logger = logger;
    }

    [Function("ParseResume")]
    public async Task Run([BlobTrigger("resumes-text/{tenantId}/{candidateId}.txt", Connection = "ResumeStorage")] string text, string tenantId, string candidateId)
    {
        // Same file re-uploaded by the ATS connector: skip by content fingerprint.
        var fingerprint = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(text)));
        if (await _cache.SeenAsync(fingerprint))
        {
            return;
        }

        var candidate = await _candidates.GetAsync(tenantId, candidateId);
        if (candidate is null)
        {
            _logger.LogWarning("Resume for unknown candidate {CandidateId} in {TenantId}", candidateId, tenantId);
            return;
        }

        Log.ResumeText(_logger, candidateId, text);

        var parsed = ResumeParser.Parse(text);
        candidate.Skills = parsed.Skills.Union(candidate.Skills).OrderBy(s => s).ToList();
        candidate.YearsOfExperience = Math.Max(candidate.YearsOfExperience, parsed.Years);
        if (parsed.IdCardNumber is not null && candidate.IdCardNumber is null)
        {
            candidate.IdCardNumber = parsed.IdCardNumber;
        }
        await _candidates.ReplaceAsync(candidate);
        await _cache.MarkAsync(fingerprint);

        Log.ResumeParsed(_logger, $"{tenantId}/{candidateId}.txt", parsed.Skills.Count, parsed.Years);
    }
}

internal static class ResumeParser
{
    private static readonly string[] KnownSkills =
    {
        "c#", ".net", "asp.net core", "sql", "mongodb", "redis", "kafka", "docker", "kubernetes", "azure",
        "react", "vue", "typescript", "python", "go", "java", "spring", "terraform", "linux", "git",
    };

    public sealed record Result(IReadOnlyList<string> Skills, int Years, string? IdCardNumber);

    public static Result Parse(string text)
    {
        var lower = text.ToLowerInvariant();
        var skills = KnownSkills.Where(lower.Contains).ToList();
        var years = 0;
        var m = System.Text.RegularExpressions.Regex.Match(lower, @"(\d{1,2})\s*(\+\s*)?(years|年)");
        if (m.Success)
        {
            years = int.Parse(m.Groups[1].Value);
        }
        var id = System.Text.RegularExpressions.Regex.Match(text, @"\b\d{17}[\dXx]\b");
        return new Result(skills, Math.Min(years, 45), id.Success ? id.Value.ToUpperInvariant() : null);
    }
}
