using FreeSql.DataAnnotations;

namespace Property.Portal.Entities;

[Table(Name = "wy_owner")]
public class Owner
{
    [Column(IsIdentity = true, IsPrimary = true)] public int Id { get; set; }
    public string OwnerName { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string RoomNo { get; set; } = "";
    public string? BankAccount { get; set; }
    public string LoginPwd { get; set; } = "";
    public string? Email { get; set; }
}

[Table(Name = "wy_visitor")]
public class Visitor
{
    [Column(IsIdentity = true, IsPrimary = true)] public int Id { get; set; }
    public string VisitorName { get; set; } = "";
    public string VisitorPhone { get; set; } = "";
    public string? PlateNo { get; set; }
    public string? IdCardNo { get; set; }
    public int OwnerId { get; set; }
    public DateTime VisitTime { get; set; }
}

[Table(Name = "wy_fee")]
public class FeeBill
{
    public long Id { get; set; }
    public int OwnerId { get; set; }
    public string Period { get; set; } = "";
    public decimal Amount { get; set; }
    public bool Paid { get; set; }
}

public class Staff
{
    public int Id { get; set; }
    public string UserName { get; set; } = "";
    public string RealName { get; set; } = "";
    public string Password { get; set; } = "";
    public string Role { get; set; } = "";
}

public record Community(int Id, string Name, string Address, string PropertyHotline);
