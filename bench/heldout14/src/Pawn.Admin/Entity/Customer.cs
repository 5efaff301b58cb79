using System.ComponentModel;

namespace Pawn.Entity;

/// <summary>当户（客户）</summary>
[Description("当户")]
public partial class Customer : EntityBase<Customer>
{
    static Customer() => TableName = "pawn_customer";

    public int Id { get; set; }

    [DisplayName("姓名")]
    public string Name { get; set; }

    [DisplayName("证件类型")]
    public string CertType { get; set; } = "身份证";

    [DisplayName("证件号码")]
    public string CertNo { get; set; }

    [DisplayName("手机")]
    public string Mobile { get; set; }

    [DisplayName("住址")]
    public string Address { get; set; }

    [DisplayName("收款银行卡")]
    public string BankCard { get; set; }

    [DisplayName("开户行")]
    public string BankName { get; set; }

    [DisplayName("职业")]
    public string Job { get; set; }

    [DisplayName("黑名单")]
    public bool Blacklisted { get; set; }

    [DisplayName("备注")]
    public string Remark { get; set; }

    public DateTime CreateTime { get; set; }

    public static Customer FindByCertNo(string certNo) => Find("CertNo=@certNo", new { certNo });

    public static Customer FindByMobile(string mobile) => Find("Mobile=@mobile", new { mobile });

    public override string ToString() => $"{Name}[{CertNo}] {Mobile}";
}

/// <summary>当票</summary>
public partial class PawnTicket : EntityBase<PawnTicket>
{
    static PawnTicket() => TableName = "pawn_ticket";

    public int Id { get; set; }

    /// <summary>当票号</summary>
    public string TicketNo { get; set; }

    public int CustomerId { get; set; }

    /// <summary>当物类别：黄金/钻石/名表/奢侈品包/机动车/房产</summary>
    public string Category { get; set; }

    public string ItemDesc { get; set; }

    /// <summary>估价</summary>
    public decimal Appraisal { get; set; }

    /// <summary>当金</summary>
    public decimal Principal { get; set; }

    /// <summary>月综合费率（千分）</summary>
    public decimal FeeRate { get; set; }

    public DateTime StartDate { get; set; }

    public DateTime DueDate { get; set; }

    /// <summary>0 在当 1 已赎 2 续当 3 绝当</summary>
    public int Status { get; set; }

    public string Plate { get; set; }

    public int OperatorId { get; set; }
}

/// <summary>管理员</summary>
public partial class User : EntityBase<User>
{
    static User() => TableName = "sys_user";

    public int Id { get; set; }
    public string Name { get; set; }
    public string DisplayName { get; set; }
    public string Password { get; set; }
    public string Mobile { get; set; }
    public int RoleId { get; set; }
    public bool Enable { get; set; }
    public int Logins { get; set; }
    public DateTime LastLogin { get; set; }
    public string LastLoginIP { get; set; }

    public static User FindByName(string name) => Find("Name=@name", new { name });
}

/// <summary>操作日志</summary>
public class Log : EntityBase<Log>
{
    static Log() => TableName = "sys_log";

    public int Id { get; set; }
    public string Category { get; set; }
    public string Action { get; set; }
    public string Remark { get; set; }
    public int UserId { get; set; }
    public string IP { get; set; }
    public DateTime CreateTime { get; set; }
}
