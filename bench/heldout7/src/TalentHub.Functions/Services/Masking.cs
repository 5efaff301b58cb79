namespace TalentHub.Services;

public static class Masking
{
    public static string Name(string fullName)
    {
        if (string.IsNullOrEmpty(fullName)) return "";
        var first = fullName.Trim()[0];
        return first + new string('*', Math.Max(1, fullName.Trim().Length - 1));
    }

    public static string Email(string email)
    {
        var at = email.IndexOf('@');
        return at <= 1 ? "***" + email[Math.Max(at, 0)..] : email[0] + "***" + email[at..];
    }

    public static string Phone(string phone) =>
        phone.Length < 7 ? "****" : phone[..3] + "****" + phone[^4..];
}

public static class StageRules
{
    private static readonly Dictionary<CandidateStageKey, CandidateStageKey[]> Allowed = new()
    {
        [CandidateStageKey.Applied] = new[] { CandidateStageKey.Screening, CandidateStageKey.Rejected, CandidateStageKey.Withdrawn },
        [CandidateStageKey.Screening] = new[] { CandidateStageKey.Interview, CandidateStageKey.Rejected, CandidateStageKey.Withdrawn },
        [CandidateStageKey.Interview] = new[] { CandidateStageKey.Offer, CandidateStageKey.Rejected, CandidateStageKey.Withdrawn },
        [CandidateStageKey.Offer] = new[] { CandidateStageKey.Hired, CandidateStageKey.Rejected, CandidateStageKey.Withdrawn },
    };

    public static bool CanMove(Models.CandidateStage from, Models.CandidateStage to) =>
        Allowed.TryGetValue((CandidateStageKey)from, out var next) && next.Contains((CandidateStageKey)to);

    private enum CandidateStageKey { Applied, Screening, Interview, Offer, Hired, Rejected, Withdrawn }
}
