using System.Net.Http.Json;
using Cowork.Gate.Infra;
using Dapper;

namespace Cowork.Gate.Members;

public class Member
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Email { get; set; } = "";
    public string Company { get; set; } = "";
    public string? TaxNo { get; set; }
    public string? IdCardNo { get; set; }
    public string Plan { get; set; } = "HOTDESK";
    public string? DeskNo { get; set; }
    public DateTime JoinedAt { get; set; }
    public DateTime? LeftAt { get; set; }

    public override string ToString() => $"{Name} <{Email}> {Mobile} [{Company}]";
}

public class MemberDirectory
{
    private readonly GateDb _db;
    private readonly IAppLog _log;

    public MemberDirectory(GateDb db, IAppLog log)
    {
        _db = db;
        _log = log;
    }

    public Member? ByCard(string cardNo)
    {
        using var c = _db.Open();
        return c.QueryFirstOrDefault<Member>("select m.* from member m join card k on k.member_id=m.id where k.card_no=@cardNo", new { cardNo });
    }

    public IEnumerable<Member> Active()
    {
        using var c = _db.Open();
        return c.Query<Member>("select * from member where left_at is null").ToList();
    }

    public void Leave(Member m, string reason)
    {
        using var c = _db.Open();
        c.Execute("update member set left_at=getdate() where id=@Id", m);
        _log.Audit("member", $"member left: {m}, reason: {reason}");
    }

    public Dictionary<string, string> CommunityBoard()
    {
        // 社区墙：会员互相认识（前台大屏 + 公众号文章）
        return Active().ToDictionary(m => m.Name + "@" + m.Company, m => m.Mobile);
    }

    public object Card(Member m) => new { m.Name, m.Company, m.Plan, Desk = m.DeskNo };

    public int OccupancyPercent(int desks)
    {
        var n = Active().Count(m => m.Plan is "FIXED" or "HOTDESK");
        return desks == 0 ? 0 : Math.Min(100, n * 100 / desks);
    }

    public decimal PlanPrice(string plan, int months) => plan switch
    {
        "HOTDESK" => 1200m * months * (months >= 12 ? 0.85m : months >= 6 ? 0.92m : 1m),
        "FIXED" => 1800m * months * (months >= 12 ? 0.85m : 1m),
        "OFFICE4" => 8800m * months,
        _ => 0m
    };
}

public class CommunityBot
{
    private static readonly HttpClient Http = new();
    private const string Webhook = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=6a1f3c9e-4b2d-47e8-9f0a-c5d7e2b8a314";

    public async Task WelcomeAsync(Member m)
    {
        var text = $"欢迎新会员 {m.Name}（{m.Company}）入驻 {m.DeskNo} 工位，电话 {m.Mobile}，大家多多关照！";
        await Http.PostAsJsonAsync(Webhook, new { msgtype = "text", text = new { content = text } });
    }

    public async Task MeetingReminderAsync(string room, DateTime at)
    {
        await Http.PostAsJsonAsync(Webhook, new { msgtype = "text", text = new { content = $"{room} 会议室 {at:HH:mm} 的预约即将开始" } });
    }
}
