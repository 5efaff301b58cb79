namespace BranchWealth.Models;

public enum RiskLevel { C1 = 1, C2, C3, C4, C5 }

/// <summary>理财客户（网点客户经理维护）。</summary>
public class Customer
{
    public int Id { get; set; }
    public string CustomerNo { get; set; }
    public string Name { get; set; }
    public string IdNumber { get; set; }
    public string Mobile { get; set; }
    public string Email { get; set; }
    public string HomeAddress { get; set; }
    public string Occupation { get; set; }
    public decimal AnnualIncome { get; set; }
    public decimal AssetsUnderManagement { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public DateTime? RiskAssessedOn { get; set; }
    public string ManagerCode { get; set; }
    public string SettlementCardNo { get; set; }

    public bool RiskAssessmentExpired(DateTime today) => !RiskAssessedOn.HasValue || RiskAssessedOn.Value.AddYears(1) < today;
}

public class CustomerSummary
{
    public int Id { get; set; }
    public string CustomerNo { get; set; }
    public string MaskedName { get; set; }
    public RiskLevel RiskLevel { get; set; }
    public decimal AssetsUnderManagement { get; set; }
}
