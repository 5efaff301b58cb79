using System.Diagnostics;
using Property.Portal.Common;
using Property.Portal.Entities;
using Serilog;

namespace Property.Portal.Services;

public class VisitorService(IFreeSql fsql)
{
    private static readonly Serilog.ILogger Log = Serilog.Log.ForContext<VisitorService>();

    public async Task<int> RegisterAsync(Visitor v)
    {
        Log.Information("访客登记 {VisitorName} {VisitorPhone} 车牌 {PlateNo} 拜访业主 {OwnerId}", v.VisitorName, v.VisitorPhone, v.PlateNo, v.OwnerId);
        v.VisitTime = DateTime.Now;
        var id = (int)await fsql.Insert(v).ExecuteIdentityAsync();
        Activity.Current?.AddTag("visitor.id", id);
        Activity.Current?.AddTag("visitor.idcard", v.IdCardNo);
        return id;
    }

    public async Task<List<Visitor>> TodayAsync(int ownerId)
    {
        var list = await fsql.Select<Visitor>().Where(x => x.OwnerId == ownerId && x.VisitTime >= DateTime.Today).ToListAsync();
        Log.Debug("owner {OwnerId} has {Count} visitors today", ownerId, list.Count);
        return list;
    }

    public void Blacklist(Visitor v, string reason)
    {
        Log.Warning("blacklisted visitor {@Visitor} reason {Reason}", v, reason);
        Trace.WriteLine($"blacklist {v.VisitorName} {v.IdCardNo}");
    }

    public string GateDisplay(Visitor v) => $"欢迎 {DesensitizeHelper.Name(v.VisitorName)}";
}
