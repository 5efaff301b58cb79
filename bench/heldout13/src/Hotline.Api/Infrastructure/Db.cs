using System.Data;
using Npgsql;

namespace Hotline.Api.Infrastructure;

public interface IDbConnectionFactory
{
    IDbConnection Open();
}

public class NpgsqlConnectionFactory : IDbConnectionFactory
{
    private readonly string _cs;
    public NpgsqlConnectionFactory(string cs) => _cs = cs;

    public IDbConnection Open()
    {
        var c = new NpgsqlConnection(_cs);
        c.Open();
        return c;
    }
}

public class Ticket
{
    public long Id { get; set; }
    public string TicketNo { get; set; } = "";
    public string Channel { get; set; } = "phone";
    public string CallerName { get; set; } = "";
    public string CallerPhone { get; set; } = "";
    public string? CallerIdCard { get; set; }
    public string Address { get; set; } = "";
    public string Category { get; set; } = "";
    public string Content { get; set; } = "";
    public bool Anonymous { get; set; }
    public bool Confidential { get; set; }
    public string Status { get; set; } = "new";
    public string? DeptCode { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DueAt { get; set; }
    public string? Reply { get; set; }
}

public class Caller
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? IdCard { get; set; }
    public string? Address { get; set; }
    public int CallCount { get; set; }
    public bool Blacklisted { get; set; }
    public string? BlacklistReason { get; set; }
}
