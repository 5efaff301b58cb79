namespace Lottery.Station.Domain;

public class Ticket
{
    public string TicketSerial { get; set; }
    public string Game { get; set; }
    public string Numbers { get; set; }
    public int Multiple { get; set; }
    public decimal Amount { get; set; }
    public string ClerkNo { get; set; }
    public string TerminalId { get; set; }
    public DateTime SoldAt { get; set; }
    public long? MemberId { get; set; }
}

public class PrizeClaim
{
    public long Id { get; set; }
    public string TicketSerial { get; set; }
    public decimal PrizeAmount { get; set; }
    public decimal Tax { get; set; }
    public string WinnerName { get; set; }
    public string WinnerIdCard { get; set; }
    public string WinnerMobile { get; set; }
    public string BankCardNo { get; set; }
    public string BankName { get; set; }
    public string Status { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class Member
{
    public long Id { get; set; }
    public string Name { get; set; }
    public string Mobile { get; set; }
    public string IdCard { get; set; }
    public decimal Balance { get; set; }
    public string PayPinHash { get; set; }

    public override string ToString() => $"Member#{Id} {Name} {Mobile} {IdCard}";
}

public class Clerk
{
    public string ClerkNo { get; set; }
    public string Name { get; set; }
    public string PwdMd5 { get; set; }
    public bool IsOwner { get; set; }
}

public record DrawResult(string Game, string Issue, string Numbers, DateTime DrawTime, decimal PoolAmount);

public record WinnerNotice(string Game, string Issue, string Level, decimal Amount, string WinnerDisplay);
