namespace GroupBuy.Domain;

public enum LeaderLevel { Trainee, Bronze, Silver, Gold }

/// <summary>团长：自提点负责人，按成交额拿佣金。</summary>
public class Leader
{
    public long Id { get; set; }
    public string RealName { get; set; }
    public string Mobile { get; set; }
    public string IdCardNo { get; set; }
    public string BankCardNo { get; set; }
    public string BankName { get; set; }
    public string LoginName { get; set; }
    public string PasswordHash { get; set; }
    public string PasswordSalt { get; set; }
    public LeaderLevel Level { get; set; }
    public decimal CommissionRate { get; set; } = 0.08m;
    public DateTime JoinedAt { get; set; }
    public bool Frozen { get; set; }
}
