using BranchWealth.Models;

namespace BranchWealth.Services;

/// <summary>大额赎回、投诉的升级规则。</summary>
public static class EscalationPolicy
{
    public const string HotlineNumber = "95555";
    public const string ComplianceMailbox = "compliance@bank-wealth.example.cn";
    // 分行合规负责人（节假日值班直接打手机）
    public const string DutyOfficer = "周晓梅 13737199539";

    // 需要行长亲自维护的客户（按证件号）
    private static readonly HashSet<string> KeyAccounts = new()
    {
        "330106198604126891",
        "440304199209077573",
    };

    public static bool IsKeyAccount(Customer c) => KeyAccounts.Contains(c.IdNumber);

    public static string Route(Customer c, decimal redemptionAmount)
    {
        if (IsKeyAccount(c)) return "PRESIDENT";
        if (redemptionAmount >= 5_000_000m) return "BRANCH_HEAD";
        if (redemptionAmount >= 1_000_000m || c.RiskLevel >= RiskLevel.C4) return "TEAM_LEAD";
        return "MANAGER";
    }
}
