using MongoDB.Bson.Serialization.Attributes;

namespace TalentHub.Models;

/// <summary>A job seeker's profile as stored in the <c>candidates</c> collection.</summary>
public sealed class Candidate
{
    [BsonId] public string Id { get; set; } = "";
    public string TenantId { get; set; } = "";
    public string FullName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? IdCardNumber { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? HomeAddress { get; set; }
    public decimal? ExpectedSalary { get; set; }
    public string City { get; set; } = "";
    public List<string> Skills { get; set; } = new();
    public int YearsOfExperience { get; set; }
    public string? ResumeBlobPath { get; set; }
    public CandidateStage Stage { get; set; } = CandidateStage.Applied;
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? LastContactedAtUtc { get; set; }
    public bool ConsentToTalentPool { get; set; }
}

public enum CandidateStage { Applied, Screening, Interview, Offer, Hired, Rejected, Withdrawn }

public sealed record CandidateSummary(string Id, string MaskedName, string City, int YearsOfExperience, IReadOnlyList<string> Skills, CandidateStage Stage);

public sealed record ApplyRequest(string JobId, string FullName, string Email, string Phone, string City, int YearsOfExperience, string[] Skills);
