using System.Text;
using GroupBuy.Domain;
using GroupBuy.Infrastructure;
using Hangfire;
using Microsoft.Extensions.Logging;
using Volo.Abp.Domain.Repositories;

namespace GroupBuy.Jobs;

/// <summary>每天 6 点生成各自提点的取货清单（打印贴在货架上），手机号只留后四位。</summary>
public class PickupListJob
{
    private readonly IRepository<Order, long> _orders;
    private readonly TencentSmsSender _sms;
    private readonly ILogger<PickupListJob> _logger;

    public PickupListJob(IRepository<Order, long> orders, TencentSmsSender sms, ILogger<PickupListJob> logger)
    {
        _orders = orders;
        _sms = sms;
        _logger = logger;
    }

    public static void Register() =>
        RecurringJob.AddOrUpdate<PickupListJob>("pickup-list", j => j.RunAsync(), "0 6 * * *", new RecurringJobOptions { TimeZone = TimeZoneInfo.Local });

    public async Task RunAsync()
    {
        var orders = await _orders.GetListAsync(o => o.Status == OrderStatus.Packed);
        foreach (var group in orders.GroupBy(o => o.PickupPointId))
        {
            var sb = new StringBuilder();
            sb.AppendLine($"自提点 {group.Key}  共 {group.Count()} 单");
            foreach (var o in group.OrderBy(o => o.PickupCode))
                sb.AppendLine($"{o.PickupCode}  {Mask.Name(o.ContactName)}  尾号{o.ContactMobile[^4..]}  {o.Items.Sum(i => i.Quantity)}件");
            await File.WriteAllTextAsync($"/data/print/pickup-{group.Key}.txt", sb.ToString());

            foreach (var o in group)
            {
                await _sms.SendAsync(o.ContactMobile, "PICKUP_READY", new[] { o.PickupCode });
                o.Status = OrderStatus.AtPickupPoint;
            }
            _logger.LogInformation("Pickup list for point {PointId}: {Count} orders", group.Key, group.Count());
        }
    }
}
