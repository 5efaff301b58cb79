using System.Text;
using GroupBuy.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Logging;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Repositories;

namespace GroupBuy.Application;

/// <summary>运营后台：按自提点导出会员（给地推团队做回访）。</summary>
[Authorize("GroupBuy.Members.Export")]
public class MemberExportAppService : ApplicationService
{
    private readonly IRepository<Member, long> _members;
    private readonly ILogger<MemberExportAppService> _logger;

    public MemberExportAppService(IRepository<Member, long> members, ILogger<MemberExportAppService> logger)
    {
        _members = members;
        _logger = logger;
    }

    public async Task<string> ExportAsync(long pickupPointId)
    {
        var list = await _members.GetListAsync(m => m.DefaultPickupPointId == pickupPointId);
        var path = Path.Combine("/data/export", $"members-{pickupPointId}-{DateTime.Now:yyyyMMddHHmm}.csv");
        await using var writer = new StreamWriter(path, false, Encoding.UTF8);
        await writer.WriteLineAsync("会员ID,昵称,手机,收货人,地址,积分");
        foreach (var m in list.OrderBy(m => m.Id))
        {
            await writer.WriteLineAsync($"{m.Id},{m.NickName},{m.Mobile},{m.ReceiverName},{m.DetailAddress},{m.Points}");
        }
        _logger.LogInformation("Member export for point {PointId}: {Count} rows by operator {OperatorId}", pickupPointId, list.Count, CurrentUser.Id);
        return path;
    }

    public async Task<int> CountActiveAsync(DateTime since)
    {
        var list = await _members.GetListAsync(m => m.RegisteredAt >= since);
        return list.Count;
    }

    public async Task<Dictionary<string, int>> PointsHistogramAsync()
    {
        var list = await _members.GetListAsync();
        return list.GroupBy(m => m.Points switch { < 100 => "0-99", < 1000 => "100-999", _ => "1000+" })
                   .ToDictionary(g => g.Key, g => g.Count());
    }
}
