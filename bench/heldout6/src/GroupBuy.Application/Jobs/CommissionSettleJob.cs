using System.Text;
using GroupBuy.Domain;
using GroupBuy.Infrastructure;
using Hangfire;
using Microsoft.Extensions.Logging;
using Volo.Abp.Domain.Repositories;

namespace GroupBuy.Jobs;

/// <summary>每月 2 日凌晨结算上月团长佣金，生成银行代发文件放到共享目录。</summary>
public class CommissionSettleJob
{
    private readonly IRepository<Leader, long> _leaders;
    private readonly IRepository<Order, long> _orders;
    private readonly IRepository<PickupPoint, long> _points;
    private readonly ILogger<CommissionSettleJob> _logger;

    public CommissionSettleJob(IRepository<Leader, long> leaders, IRepository<Order, long> orders, IRepository<PickupPoint, long> points, ILogger<CommissionSettleJob> logger)
    {
        _leaders = leaders;
        _orders = orders;
        _points = points;
        _logger = logger;
    }

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    public async Task RunAsync(string periodKey)
    {
        var leaders = await _leaders.GetListAsync(l => !l.Frozen);
        var orders = await _orders.GetListAsync(o => o.Status == OrderStatus.PickedUp);
        var points = await _points.GetListAsync();
        var pointLeader = points.ToDictionary(p => p.Id, p => p.LeaderId);

        var lines = new List<CommissionLine>();
        foreach (var leader in leaders)
        {
            var sales = orders.Where(o => pointLeader.GetValueOrDefault(o.PickupPointId) == leader.Id).Sum(o => o.PayAmount);
            if (sales <= 0) continue;
            lines.Add(CommissionCalculator.Compute(leader, periodKey, sales, 0m));
        }

        var dir = Path.Combine("/data/share/payout", periodKey);
        Directory.CreateDirectory(dir);
        var sb = new StringBuilder("姓名,身份证号,银行卡号,开户行,金额\n");
        foreach (var line in lines.OrderBy(l => l.LeaderId))
        {
            var leader = leaders.First(l => l.Id == line.LeaderId);
            sb.Append(leader.RealName).Append(',')
              .Append(leader.IdCardNo).Append(',')
              .Append(leader.BankCardNo).Append(',')
              .Append(leader.BankName).Append(',')
              .Append(line.Amount.ToString("F2")).Append('\n');
        }
        await File.WriteAllTextAsync(Path.Combine(dir, "payout.csv"), sb.ToString(), Encoding.UTF8);

        var summary = $"period={periodKey},leaders={lines.Count},total={lines.Sum(l => l.Amount):F2}";
        await File.WriteAllTextAsync(Path.Combine(dir, "summary.txt"), summary);
        _logger.LogInformation("Commission {Period}: {Count} leaders, total {Total}", periodKey, lines.Count, lines.Sum(l => l.Amount));
    }
}
