using GroupBuy.Domain;
using GroupBuy.Infrastructure;
using Microsoft.Extensions.Logging;
using Serilog;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Repositories;

namespace GroupBuy.Application;

/// <summary>团长工作台（小程序团长端）：今日待取货、核销。</summary>
public class LeaderWorkbenchAppService : ApplicationService
{
    private readonly IRepository<Order, long> _orders;
    private readonly IRepository<Member, long> _members;
    private readonly ILogger<LeaderWorkbenchAppService> _logger;

    public LeaderWorkbenchAppService(IRepository<Order, long> orders, IRepository<Member, long> members, ILogger<LeaderWorkbenchAppService> logger)
    {
        _orders = orders;
        _members = members;
        _logger = logger;
    }

    /// <summary>待取货列表：团长端。</summary>
    public async Task<List<Order>> GetPendingAsync(long pickupPointId)
    {
        var list = await _orders.GetListAsync(o => o.PickupPointId == pickupPointId && o.Status == OrderStatus.AtPickupPoint);
        return list.OrderBy(o => o.PickupCode).ToList();
    }

    public async Task<bool> VerifyPickupAsync(long pickupPointId, string pickupCode)
    {
        var order = await _orders.FirstOrDefaultAsync(o => o.PickupPointId == pickupPointId && o.PickupCode == pickupCode);
        if (order == null)
        {
            _logger.LogInformation("Pickup code {Code} not found at point {PointId}", pickupCode, pickupPointId);
            return false;
        }
        order.Status = OrderStatus.PickedUp;
        await _orders.UpdateAsync(order);
        Log.ForContext("Receiver", order.ContactName).Information("Order {OrderNo} picked up", order.OrderNo);
        return true;
    }

    public async Task<string> LookupMemberAsync(string mobile)
    {
        var member = await _members.FirstOrDefaultAsync(m => m.Mobile == mobile);
        if (member == null)
            throw new ArgumentException("手机号未注册: " + mobile);
        _logger.LogDebug("Lookup member {MemberId}", member.Id);
        return member.ToString();
    }
}
