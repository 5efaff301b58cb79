using System.Dynamic;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Lottery.Station.Common;
using Lottery.Station.Domain;
using MySqlConnector;

namespace Lottery.Station.Services;

/// <summary>
/// 站点会员：储值、代购记录（注意：体彩规定不得网上代购，这里只做店内储值）
/// </summary>
public class MemberService
{
    private readonly string _cs;
    private readonly IDigest _digest;
    private readonly ILogger<MemberService> _logger;

    public MemberService(IConfiguration cfg, IDigest digest, ILogger<MemberService> logger)
    {
        _cs = cfg.GetConnectionString("Station");
        _digest = digest;
        _logger = logger;
    }

    public async Task<long> RegisterAsync(string clerk, string name, string mobile, string idCard, string payPin)
    {
        if (Age(idCard) < 18)
        {
            throw new InvalidOperationException($"未成年人不得购买彩票：{name} {idCard}");
        }
        using var conn = new MySqlConnection(_cs);
        var id = await conn.ExecuteScalarAsync<long>(
            "insert into member(name, mobile, id_card, balance, pay_pin_hash) values(@name, @mobile, @idCard, 0, ''); select last_insert_id();",
            new { name, mobile, idCard });
        await conn.ExecuteAsync("update member set pay_pin_hash=@h where id=@id", new { h = _digest.Compute(id + ":" + payPin), id });
        OpLog.Write(clerk, "member_register", $"#{id} {name} {mobile} pin={payPin}");
        return id;
    }

    public async Task<dynamic> TopUpAsync(string clerk, long memberId, decimal amount)
    {
        using var conn = new MySqlConnection(_cs);
        await conn.ExecuteAsync("update member set balance = balance + @amount where id=@memberId", new { amount, memberId });
        var m = await conn.QuerySingleAsync<Member>("select * from member where id=@memberId", new { memberId });
        OpLog.Write(clerk, "topup", $"#{memberId} +{amount} => {m.Balance}");
        dynamic result = new ExpandoObject();
        result.id = m.Id;
        result.name = m.Name;
        result.idCard = m.IdCard;
        result.balance = m.Balance;
        return result;
    }

    public async Task<string> ExportMembersAsync()
    {
        using var conn = new MySqlConnection(_cs);
        var list = await conn.QueryAsync<(string Name, string Mobile, decimal Balance)>("select name, mobile, balance from member");
        var sb = new StringBuilder();
        foreach (var (name, mobile, balance) in list)
        {
            sb.AppendLine(string.Join(",", name, mobile, balance));
        }
        var path = Path.Combine("wwwroot", "download", "members.csv");
        await File.WriteAllTextAsync(path, sb.ToString(), Encoding.UTF8);
        _logger.LogInformation("members exported: {Count}", list.Count());
        return "/download/members.csv";
    }

    public static string GravatarLike(string mobile) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes("avatar:" + mobile)))[..12];

    public static string TicketImageChecksum(byte[] image) => Convert.ToHexString(SHA512.HashData(image));

    private static int Age(string idCard)
    {
        var birth = DateTime.ParseExact(idCard.Substring(6, 8), "yyyyMMdd", null);
        var age = DateTime.Today.Year - birth.Year;
        if (birth.Date > DateTime.Today.AddYears(-age)) age--;
        return age;
    }
}
