using GroupBuy.Domain;
using Microsoft.Extensions.Logging;
using Volo.Abp.Domain.Repositories;

namespace GroupBuy.Jobs;

/// <summary>对账：退款中超过 24 小时的订单报警。</summary>
public class RefundReconcileJob
{
    private readonly IRepository<Order, long> _orders;
    private readonly ILogger<RefundReconcileJob> _logger;

    public RefundReconcileJob(IRepository<Order, long> orders, ILogger<RefundReconcileJob> logger)
    {
        _orders = orders;
        _logger = logger;
    }

    public async Task RunAsync()
    {
        var cutoff = DateTime.Now.AddHours(-24);
        var stuck = await _orders.GetListAsync(o => o.Status == OrderStatus.Refunding && o.PaidAt < cutoff);
        foreach (var o in stuck)
            _logger.LogError("退款超时 {OrderNo} 金额 {Amount} 联系电话 {Mobile}", o.OrderNo, o.PayAmount, o.ContactMobile);
        if (stuck.Count > 0)
            _logger.LogWarning("{Count} refunds stuck longer than 24h", stuck.Count);
    }
}
