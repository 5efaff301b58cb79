using BoxOffice.Domain;
using BoxOffice.Infrastructure;
using Microsoft.Extensions.Logging;
using NServiceBus;

namespace BoxOffice.Handlers;

public sealed class OrderPlacedHandler : IHandleMessages<OrderPlaced>
{
    private readonly IMailer _mailer;
    private readonly ILogger<OrderPlacedHandler> _logger;

    public OrderPlacedHandler(IMailer mailer, ILogger<OrderPlacedHandler> logger)
    {
        _mailer = mailer;
        _logger = logger;
    }

    public async Task Handle(OrderPlaced message, IMessageHandlerContext context)
    {
        using (_logger.BeginScope(new Dictionary<string, object>
        {
            ["OrderId"] = message.OrderId,
            ["CustomerEmail"] = message.CustomerEmail,
        }))
        {
            await _mailer.SendAsync(message.CustomerEmail, "Your tickets", $"Dear {message.CustomerName}, your order {message.OrderId} total {message.Total:F2} is confirmed.");
            _logger.LogInformation("Confirmation mail sent for order {OrderId}", message.OrderId);
        }
        await context.SendLocal(new IssueTickets(message.OrderId));
    }
}

public sealed record IssueTickets(Guid OrderId) : ICommand;

public sealed class IssueTicketsHandler : IHandleMessages<IssueTickets>
{
    private readonly IOrderStore _orders;
    private readonly Services.TicketQr _qr;

    public IssueTicketsHandler(IOrderStore orders, Services.TicketQr qr)
    {
        _orders = orders;
        _qr = qr;
    }

    public async Task Handle(IssueTickets message, IMessageHandlerContext context)
    {
        var order = await _orders.GetAsync(message.OrderId) ?? throw new InvalidOperationException($"Order {message.OrderId} missing");
        var show = await _orders.GetShowAsync(order.ShowId);
        foreach (var t in order.Tickets)
        {
            t.QrPayload = _qr.Create(t.Id, order.ShowId, show.StartsAt.AddHours(6));
        }
        order.Status = "issued";
        await _orders.UpdateAsync(order);
    }
}
