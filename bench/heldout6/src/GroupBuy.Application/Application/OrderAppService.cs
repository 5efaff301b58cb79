using GroupBuy.Application.Dtos;
using GroupBuy.Domain;
using GroupBuy.Infrastructure;
using Microsoft.Extensions.Logging;
using Volo.Abp;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Repositories;

namespace GroupBuy.Application;

public interface IOrderAppService : IApplicationService
{
    Task<OrderDto> CreateAsync(CreateOrderInput input);
    Task<OrderDto> GetAsync(long id);
    Task CancelAsync(long id, string reason);
}

public class OrderAppService : ApplicationService, IOrderAppService
{
    private readonly IRepository<Order, long> _orders;
    private readonly IRepository<Product, long> _products;
    private readonly IRepository<GroupActivity, long> _activities;
    private readonly RedisCacheService _cache;
    private readonly ILogger<OrderAppService> _logger;

    public OrderAppService(IRepository<Order, long> orders, IRepository<Product, long> products,
        IRepository<GroupActivity, long> activities, RedisCacheService cache, ILogger<OrderAppService> logger)
    {
        _orders = orders;
        _products = products;
        _activities = activities;
        _cache = cache;
        _logger = logger;
    }

    public async Task<OrderDto> CreateAsync(CreateOrderInput input)
    {
        var activity = await _activities.GetAsync(input.ActivityId);
        if (!activity.AcceptsOrders(Clock.Now))
            throw new UserFriendlyException("本期团购已截单");

        var order = new Order
        {
            OrderNo = OrderNumbers.Next(Clock.Now),
            MemberId = CurrentUser.GetId(),
            ActivityId = activity.Id,
            PickupPointId = input.PickupPointId,
            ContactName = input.ContactName,
            ContactMobile = input.ContactMobile,
            PickupCode = OrderNumbers.PickupCode(),
            CreatedAt = Clock.Now,
        };
        foreach (var line in input.Lines)
        {
            var product = await _products.GetAsync(line.ProductId);
            product.Reserve(line.Quantity);
            order.Items.Add(new OrderItem { ProductId = product.Id, Sku = product.Sku, Title = product.Title, Quantity = line.Quantity, UnitPrice = product.GroupPrice });
        }
        order.PayAmount = PriceCalculator.Payable(order, 0m, Array.Empty<(decimal, decimal)>());
        await _orders.InsertAsync(order, autoSave: true);

        _logger.LogInformation("Order {OrderNo} created for activity {ActivityId}, {Lines} lines, pay {PayAmount}", order.OrderNo, activity.Id, order.Items.Count, order.PayAmount);
        _logger.LogInformation("下单联系人 {Name} {Mobile} 自提点 {PickupPointId}", input.ContactName, input.ContactMobile, input.PickupPointId);
        return ObjectMapper.Map<Order, OrderDto>(order);
    }

    public async Task<OrderDto> GetAsync(long id)
    {
        var order = await _orders.GetAsync(id);
        if (order.MemberId != CurrentUser.GetId())
            throw new UserFriendlyException($"订单不存在: {id}");
        return ObjectMapper.Map<Order, OrderDto>(order);
    }

    public async Task CancelAsync(long id, string reason)
    {
        var order = await _orders.GetAsync(id);
        if (!order.CanRefund(Clock.Now))
            throw new UserFriendlyException($"订单 {order.OrderNo} 当前状态不能取消, 联系人 {order.ContactName} 手机 {order.ContactMobile}");
        order.Status = OrderStatus.Refunding;
        await _orders.UpdateAsync(order);
        await _cache.RemoveAsync(RedisCacheService.OrderKey(order.OrderNo));
        Logger.LogWarning("Order {OrderNo} cancelled: {Reason}", order.OrderNo, reason);
    }
}

public static class OrderNumbers
{
    private static int _seq;

    public static string Next(DateTime now) => $"GB{now:yyMMddHHmmss}{Interlocked.Increment(ref _seq) % 10000:0000}";

    public static string PickupCode() => Random.Shared.Next(100000, 999999).ToString();
}
