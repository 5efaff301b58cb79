using BoxOffice.Domain;
using BoxOffice.Infrastructure;
using BoxOffice.Services;
using NServiceBus;
using Serilog;

namespace BoxOffice.Handlers;

/// <summary>Refunds to a bank account (offline payments at the box office counter are refunded by transfer).</summary>
public sealed class RefundRequestedHandler : IHandleMessages<RefundRequested>
{
    private readonly IOrderStore _orders;
    private readonly Serilog.ILogger _log = Log.ForContext<RefundRequestedHandler>();

    public RefundRequestedHandler(IOrderStore orders) => _orders = orders;

    public async Task Handle(RefundRequested message, IMessageHandlerContext context)
    {
        var order = await _orders.GetAsync(message.OrderId);
        if (order is null)
        {
            _log.Warning("Refund for unknown order {OrderId}", message.OrderId);
            return;
        }
        var show = await _orders.GetShowAsync(order.ShowId);
        var amount = PricingEngine.RefundAmount(order, show, DateTime.UtcNow);
        if (amount == 0)
        {
            _log.Information("Refund of order {OrderId} rejected: too close to the show ({Reason})", order.Id, message.Reason);
            return;
        }

        _log.ForContext("BankAccount", message.BankAccount)
            .Information("Refund {Amount} queued for order {OrderId} to {Holder}", amount, order.Id, message.AccountHolder);
        await _orders.QueueRefundAsync(order.Id, amount, message.BankAccount, message.AccountHolder);
        order.Status = "refunding";
        await _orders.UpdateAsync(order);
    }
}
