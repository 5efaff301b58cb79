using Estate.Agency.Framework;

namespace Estate.Agency.Entities;

[SugarTable("crm_customer", "客户")]
public class Customer : EntityBase
{
    [SugarColumn(ColumnDescription = "姓名", Length = 32)]
    public string RealName { get; set; } = "";
    [SugarColumn(ColumnDescription = "手机号", Length = 16)]
    public string Phone { get; set; } = "";
    [SugarColumn(ColumnDescription = "身份证号", Length = 18, IsNullable = true)]
    public string? IdCard { get; set; }
    public string? WeChatOpenId { get; set; }
    public int Intention { get; set; }          // 1 buy 2 rent 3 sell 4 let
    public decimal BudgetMin { get; set; }
    public decimal BudgetMax { get; set; }
    public string? District { get; set; }
    public long AgentId { get; set; }
    public string? Source { get; set; }
    public string? Remark { get; set; }
}

[SugarTable("crm_listing", "房源")]
public class Listing : EntityBase
{
    public string Title { get; set; } = "";
    public string Community { get; set; } = "";
    public string Building { get; set; } = "";
    public string RoomNo { get; set; } = "";
    public decimal Area { get; set; }
    public decimal Price { get; set; }
    public int Bedrooms { get; set; }
    public int Floor { get; set; }
    public int TotalFloors { get; set; }
    public string OwnerName { get; set; } = "";
    public string OwnerPhone { get; set; } = "";
    public string? OwnerIdCard { get; set; }
    public string? CertificateNo { get; set; }   // 不动产权证号
    public int Status { get; set; }
    public long AgentId { get; set; }
    public string? KeyBoxCode { get; set; }
}

[SugarTable("crm_deal", "成交")]
public class Deal : EntityBase
{
    public long ListingId { get; set; }
    public long BuyerId { get; set; }
    public string BuyerName { get; set; } = "";
    public string BuyerIdCard { get; set; } = "";
    public string SellerName { get; set; } = "";
    public string SellerIdCard { get; set; } = "";
    public decimal Amount { get; set; }
    public decimal Commission { get; set; }
    public decimal LoanAmount { get; set; }
    public string? LoanBank { get; set; }
    public string? EscrowAccount { get; set; }
    public int Stage { get; set; }
    public string? ContractNo { get; set; }
}

[SugarTable("sys_agent", "经纪人")]
public class Agent : EntityBase
{
    public string Account { get; set; } = "";
    public string Password { get; set; } = "";
    public string? Salt { get; set; }
    public string RealName { get; set; } = "";
    public string Phone { get; set; } = "";
    public long StoreId { get; set; }
    public string? LicenseNo { get; set; }     // 经纪人资格证
    public int Status { get; set; }
    public int LoginFailCount { get; set; }
    public DateTime? LockUntil { get; set; }
}

[SugarTable("crm_viewing", "带看")]
public class Viewing : EntityBase
{
    public long CustomerId { get; set; }
    public long ListingId { get; set; }
    public long AgentId { get; set; }
    public DateTime AppointAt { get; set; }
    public string? Feedback { get; set; }
    public int Result { get; set; }
}
