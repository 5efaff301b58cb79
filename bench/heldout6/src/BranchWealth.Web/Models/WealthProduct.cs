namespace BranchWealth.Models;

public enum ProductRisk { R1 = 1, R2, R3, R4, R5 }

public class WealthProduct
{
    public string Code { get; set; }
    public string Name { get; set; }
    public string Issuer { get; set; }
    public ProductRisk Risk { get; set; }
    public decimal MinSubscription { get; set; } = 10_000m;
    public decimal SubscriptionIncrement { get; set; } = 1_000m;
    public int TermDays { get; set; }
    public decimal? BenchmarkYield { get; set; }
    public DateTime RaiseStart { get; set; }
    public DateTime RaiseEnd { get; set; }

    /// <summary>适当性：客户风险等级不得低于产品风险等级。</summary>
    public bool SuitableFor(RiskLevel level) => (int)level >= (int)Risk;

    public string ValidateAmount(decimal amount)
    {
        if (amount < MinSubscription) return $"起购金额 {MinSubscription:N0} 元";
        if ((amount - MinSubscription) % SubscriptionIncrement != 0) return $"递增金额 {SubscriptionIncrement:N0} 元";
        return null;
    }
}

public class Holding
{
    public int CustomerId { get; set; }
    public string ProductCode { get; set; }
    public decimal Shares { get; set; }
    public decimal CostAmount { get; set; }
    public DateTime ConfirmedOn { get; set; }
}
