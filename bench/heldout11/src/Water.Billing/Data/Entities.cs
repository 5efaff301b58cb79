namespace Water.Billing.Data;

public class Account
{
    public long Id { get; set; }
    public string AccountNo { get; set; } = "";
    public string HolderName { get; set; } = "";
    public string IdCard { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Address { get; set; } = "";
    public string MeterNo { get; set; } = "";
    public int Category { get; set; }
    public decimal Balance { get; set; }
    public int Status { get; set; }          // 0 normal, 1 arrears, 2 cut off, 9 closed
    public int Household { get; set; } = 3;  // persons, for the per-capita tier
    public string? BankCardNo { get; set; }  // withholding (代扣)
    public bool LowIncome { get; set; }      // 低保户
    public DateTime OpenedAt { get; set; }
}

public class Reading
{
    public long Id { get; set; }
    public string MeterNo { get; set; } = "";
    public decimal Value { get; set; }
    public DateTime ReadAt { get; set; }
    public string? ReaderId { get; set; }
    public string? PhotoSha { get; set; }
    public bool Estimated { get; set; }
}

public class Bill
{
    public long Id { get; set; }
    public string AccountNo { get; set; } = "";
    public string Period { get; set; } = "";
    public decimal Usage { get; set; }
    public decimal Amount { get; set; }
    public decimal Paid { get; set; }
    public DateTime DueDate { get; set; }
    public string? TierDetail { get; set; }
}

public class Payment
{
    public long Id { get; set; }
    public string AccountNo { get; set; } = "";
    public decimal Amount { get; set; }
    public string Channel { get; set; } = "";
    public string? TradeNo { get; set; }
    public string? CashierId { get; set; }
    public DateTime PaidAt { get; set; }
}

public class Cashier
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string PinHash { get; set; } = "";
    public string? Hall { get; set; }
}

public class SubsidyApplication
{
    public long Id { get; set; }
    public string AccountNo { get; set; } = "";
    public string ApplicantName { get; set; } = "";
    public string IdCard { get; set; } = "";
    public string Reason { get; set; } = "";       // 低保 / 残疾 / 重病
    public string? DisabilityCertNo { get; set; }
    public string? Diagnosis { get; set; }
    public int Status { get; set; }
}
