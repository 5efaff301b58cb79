namespace ClaimsDesk.Worker.Domain;

/// <summary>Allowed status transitions; anything else is a bug or a replayed message.</summary>
public static class ClaimStateMachine
{
    private static readonly Dictionary<ClaimStatus, ClaimStatus[]> Next = new()
    {
        [ClaimStatus.Reported] = new[] { ClaimStatus.SurveyorAssigned, ClaimStatus.Rejected },
        [ClaimStatus.SurveyorAssigned] = new[] { ClaimStatus.Surveyed, ClaimStatus.Reported },
        [ClaimStatus.Surveyed] = new[] { ClaimStatus.Assessed },
        [ClaimStatus.Assessed] = new[] { ClaimStatus.Approved, ClaimStatus.Rejected },
        [ClaimStatus.Approved] = new[] { ClaimStatus.PaidOut },
        [ClaimStatus.PaidOut] = new[] { ClaimStatus.Closed },
        [ClaimStatus.Rejected] = new[] { ClaimStatus.Closed },
        [ClaimStatus.Closed] = Array.Empty<ClaimStatus>(),
    };

    public static bool CanMove(ClaimStatus from, ClaimStatus to) => Next[from].Contains(to);

    public static void Move(Claim claim, ClaimStatus to, DateTimeOffset now)
    {
        if (!CanMove(claim.Status, to))
        {
            throw new InvalidOperationException($"Claim {claim.ClaimNo}: {claim.Status} -> {to} is not allowed");
        }

        claim.Status = to;
        claim.UpdatedAt = now;
    }
}
