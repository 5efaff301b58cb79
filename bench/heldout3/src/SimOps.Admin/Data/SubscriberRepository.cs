using System.Data;
using Dapper;
using Oracle.ManagedDataAccess.Client;

namespace SimOps.Admin.Data;

public sealed class Subscriber
{
    public string Msisdn { get; set; } = "";      // 手机号码
    public string Iccid { get; set; } = "";
    public string CustName { get; set; } = "";
    public string CertType { get; set; } = "";    // 证件类型
    public string CertNo { get; set; } = "";      // 证件号码
    public string? CertAddress { get; set; }
    public string RealNameStatus { get; set; } = "";
    public DateTime OpenDate { get; set; }
    public string Channel { get; set; } = "";
}

public sealed class SubscriberRepository(string? connectionString)
{
    private readonly string _conn = connectionString
        ?? "Data Source=//10.8.3.21:1521/CRMDB;User Id=simops_ro;Password=Ro#sim2023;";

    private IDbConnection Open() => new OracleConnection(_conn);

    public async Task<List<Subscriber>> FindUnverifiedAsync(int limit)
    {
        using var db = Open();
        var rows = await db.QueryAsync<Subscriber>(
            "select msisdn, iccid, cust_name CustName, cert_type CertType, cert_no CertNo, cert_address CertAddress, realname_status RealNameStatus, open_date OpenDate, channel from crm_subscriber where realname_status <> 'Y' and rownum <= :limit",
            new { limit });
        return rows.ToList();
    }

    public async Task<Subscriber?> FindAsync(string msisdn)
    {
        using var db = Open();
        return await db.QueryFirstOrDefaultAsync<Subscriber>("select * from crm_subscriber where msisdn = :msisdn", new { msisdn });
    }

    public async Task MarkPortOutAsync(string msisdn, string authCode)
    {
        using var db = Open();
        await db.ExecuteAsync("update crm_subscriber set port_auth_code = :authCode, port_status = 'P' where msisdn = :msisdn", new { msisdn, authCode });
    }
}
