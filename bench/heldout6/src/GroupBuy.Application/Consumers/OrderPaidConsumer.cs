using DotNetCore.CAP;
using GroupBuy.Domain;
using Microsoft.Extensions.Logging;
using Serilog.Context;

namespace GroupBuy.Consumers;

public record OrderPaidMessage(string OrderNo, long MemberId, decimal Amount, string ContactName, string ContactMobile, long PickupPointId);

public class OrderPaidConsumer : ICapSubscribe
{
    private readonly ILogger<OrderPaidConsumer> _logger;
    private readonly ICapPublisher _bus;

    public OrderPaidConsumer(ILogger<OrderPaidConsumer> logger, ICapPublisher bus)
    {
        _logger = logger;
        _bus = bus;
    }

    [CapSubscribe("groupbuy.order.paid")]
    public async Task HandleAsync(OrderPaidMessage msg)
    {
        using (_logger.BeginScope(new Dictionary<string, object>
        {
            ["OrderNo"] = msg.OrderNo,
            ["Buyer"] = msg.ContactName,
        }))
        {
            _logger.LogInformation("Order paid, amount {Amount}", msg.Amount);
            await _bus.PublishAsync("groupbuy.warehouse.pick", new { msg.OrderNo, msg.PickupPointId });
        }
    }

    [CapSubscribe("groupbuy.order.refunded")]
    public void HandleRefund(OrderPaidMessage msg)
    {
        using (LogContext.PushProperty("BuyerMobile", msg.ContactMobile))
        {
            Serilog.Log.Information("Refund completed for {OrderNo}", msg.OrderNo);
        }
    }

    [CapSubscribe("groupbuy.order.dead-letter")]
    public void HandleDeadLetter(OrderPaidMessage msg)
    {
        _logger.LogError("Dead letter: {@Message}", msg);
    }
}
