namespace ClaimsDesk.Worker.Domain;

/// <summary>Deductibles and payout caps applied after assessment.</summary>
public static class DeductibleRules
{
    public static decimal Payout(Claim claim, decimal sumInsured, decimal absoluteDeductible, bool driverAtFault, bool unlicensedDriver)
    {
        if (unlicensedDriver)
        {
            return 0m;
        }

        var loss = Math.Min(claim.AssessedLoss, sumInsured);
        var afterDeductible = Math.Max(0, loss - absoluteDeductible);
        var faultShare = claim.LossType == LossType.ThirdPartyInjury && !driverAtFault ? 0m : 1m;
        return Math.Round(afterDeductible * faultShare, 2);
    }

    public static bool NeedsSecondReview(Claim claim) =>
        claim.AssessedLoss >= 50_000m || claim.FraudScore >= 70 || claim.LossType == LossType.Theft;

    public static TimeSpan SettlementDeadline(decimal amount) =>
        amount <= 10_000m ? TimeSpan.FromDays(3) : TimeSpan.FromDays(10);
}
