using Estate.Agency.Framework;

namespace Estate.Agency.Application.Customers;

public class CustomerInput
{
    public string RealName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? IdCard { get; set; }
    public int Intention { get; set; }
    public decimal BudgetMin { get; set; }
    public decimal BudgetMax { get; set; }
    public string? District { get; set; }
    public string? Source { get; set; }
    public string? Remark { get; set; }
}

public class CustomerListOutput
{
    public long Id { get; set; }
    public string RealName { get; set; } = "";
    public string PhoneMasked { get; set; } = "";
    public int Intention { get; set; }
    public string? District { get; set; }
    public string AgentName { get; set; } = "";
    public DateTime CreateTime { get; set; }
}

public class CustomerQuery : PagedAndSortedRequest
{
    public string? Keyword { get; set; }
    public int? Intention { get; set; }
    public string? District { get; set; }
}

public static class Mask
{
    public static string Phone(string? phone)
        => string.IsNullOrEmpty(phone) || phone.Length < 7 ? "***" : phone[..3] + "****" + phone[^4..];

    public static string IdCard(string? id)
        => string.IsNullOrEmpty(id) || id.Length < 8 ? "***" : id[..4] + new string('*', id.Length - 8) + id[^4..];

    public static string Name(string? name)
        => string.IsNullOrEmpty(name) ? "" : name[..1] + new string('*', Math.Max(1, name.Length - 1));
}
