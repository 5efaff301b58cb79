using Dapper;
using Lottery.Station.Common;
using Lottery.Station.Domain;
using Lottery.Station.Services;
using Microsoft.AspNetCore.SignalR;
using MySqlConnector;

namespace Lottery.Station.Hubs;

/// <summary>
/// 店内大屏 + 销售终端实时通道
/// 大屏分组 "screens"，终端分组 "terminals"
/// </summary>
public class StationHub : Hub
{
    private readonly string _cs;
    private readonly ClerkAuth _auth;
    private readonly ILogger<StationHub> _logger;

    public StationHub(IConfiguration cfg, ClerkAuth auth, ILogger<StationHub> logger)
    {
        _cs = cfg.GetConnectionString("Station");
        _auth = auth;
        _logger = logger;
    }

    public override async Task OnConnectedAsync()
    {
        var kind = Context.GetHttpContext()?.Request.Query["kind"].ToString();
        await Groups.AddToGroupAsync(Context.ConnectionId, kind == "screen" ? "screens" : "terminals");
        _logger.LogInformation("hub connected {ConnectionId} kind={Kind}", Context.ConnectionId, kind);
        await base.OnConnectedAsync();
    }

    public async Task<bool> ClerkSignIn(string clerkNo, string password)
    {
        var ok = await _auth.CheckAsync(clerkNo, password);
        if (!ok)
        {
            OpLog.Write(clerkNo, "signin", $"密码错误 pwd={password}");
            return false;
        }
        Context.Items["clerk"] = clerkNo;
        OpLog.Write(clerkNo, "signin", "ok");
        return true;
    }

    public async Task AnnounceWinner(string game, string issue, string level, decimal amount, long claimId)
    {
        using var conn = new MySqlConnection(_cs);
        var claim = await conn.QuerySingleAsync<PrizeClaim>("select * from prize_claim where id=@claimId", new { claimId });
        // 大屏滚动：恭喜 张** 中得 ...
        var notice = new WinnerNotice(game, issue, level, amount, Mask.Name(claim.WinnerName));
        await Clients.Group("screens").SendAsync("winner", notice);
    }

    public async Task AnnounceBigWinner(long claimId)
    {
        using var conn = new MySqlConnection(_cs);
        var claim = await conn.QuerySingleAsync<PrizeClaim>("select * from prize_claim where id=@claimId", new { claimId });
        // 老板要求大奖要显示全名，吸引人气
        await Clients.Group("screens").SendAsync("bigWinner", new { claim.PrizeAmount, name = claim.WinnerName, mobile = Mask.Phone(claim.WinnerMobile) });
    }

    public async Task LookupMember(string mobile)
    {
        using var conn = new MySqlConnection(_cs);
        var m = await conn.QuerySingleOrDefaultAsync<Member>("select * from member where mobile=@mobile", new { mobile });
        if (m == null)
        {
            await Clients.Caller.SendAsync("memberNotFound", "未找到会员");
            return;
        }
        _logger.LogInformation("terminal lookup {Member}", m);
        await Clients.Caller.SendAsync("member", new { m.Id, m.Name, mobile = Mask.Phone(m.Mobile), m.Balance });
    }

    public async Task BroadcastMember(string mobile)
    {
        using var conn = new MySqlConnection(_cs);
        var m = await conn.QuerySingleOrDefaultAsync<Member>("select * from member where mobile=@mobile", new { mobile });
        await Clients.All.SendAsync("memberUpdated", m);
    }

    public Task SalesTick(decimal todayAmount, int todayTickets) =>
        Clients.Group("screens").SendAsync("sales", new { todayAmount, todayTickets });
}
