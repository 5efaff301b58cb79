using BoxOffice.Domain;
using BoxOffice.Infrastructure;
using BoxOffice.Services;
using Carter;
using Microsoft.AspNetCore.Http.HttpResults;
using NServiceBus;
using Serilog;
using Serilog.Context;

namespace BoxOffice.Modules;

public sealed class OrderModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/orders").RequireAuthorization();

        group.MapPost("/", async (PlaceOrder cmd, IOrderStore store, IShowStore shows, IMessageSession bus) =>
        {
            var show = await shows.GetAsync(cmd.ShowId);
            if (show is null) return Results.NotFound();
            if (cmd.Seats.Count > show.MaxTicketsPerBuyer)
            {
                return Results.Problem($"At most {show.MaxTicketsPerBuyer} tickets per buyer", statusCode: 422);
            }
            if (show.RealNameRequired)
            {
                foreach (var h in cmd.Holders ?? new())
                {
                    if (!IdNumber.IsValid(h.IdNumber))
                    {
                        return Results.Problem($"Invalid ID number {h.IdNumber} for {h.Name}", statusCode: 422);
                    }
                }
            }

            var order = new Order
            {
                Id = Guid.NewGuid(),
                ShowId = show.Id,
                CustomerId = cmd.CustomerId,
                Total = PricingEngine.Total(show, cmd.Seats, cmd.PromoCode, DateTime.UtcNow),
                CreatedAt = DateTime.UtcNow,
                Tickets = cmd.Seats.Select((s, i) => new Ticket
                {
                    Id = Guid.NewGuid(),
                    Zone = s.Zone,
                    Row = s.Row,
                    Seat = s.Seat,
                    Price = PricingEngine.SeatPrice(show, s),
                    HolderName = cmd.Holders?.ElementAtOrDefault(i)?.Name,
                    HolderIdNumber = cmd.Holders?.ElementAtOrDefault(i)?.IdNumber,
                }).ToList(),
            };
            await store.InsertAsync(order);

            using (LogContext.PushProperty("OrderId", order.Id))
            {
                Log.Information("Order placed for show {ShowId}, {Count} tickets, total {Total}", show.Id, order.Tickets.Count, order.Total);
            }
            var customer = await store.GetCustomerAsync(cmd.CustomerId);
            await bus.Publish(new OrderPlaced(order.Id, customer!.Id, customer.Email, customer.Name, order.Total));
            return Results.Created($"/api/orders/{order.Id}", new { order.Id, order.Total, order.Status });
        });

        group.MapGet("/{id:guid}", async Task<Results<Ok<Order>, NotFound>> (Guid id, IOrderStore store) =>
        {
            var order = await store.GetAsync(id);
            return order is null ? TypedResults.NotFound() : TypedResults.Ok(order);
        });

        group.MapGet("/{id:guid}/tickets", async (Guid id, IOrderStore store) =>
        {
            var order = await store.GetAsync(id);
            if (order is null) return Results.NotFound();
            return Results.Ok(order.Tickets.Select(t => new
            {
                t.Zone, t.Row, t.Seat,
                Holder = t.HolderName is null ? null : t.HolderName[..1] + "*",
                IdTail = t.HolderIdNumber is null ? null : t.HolderIdNumber[^4..],
                t.QrPayload,
            }));
        });
    }
}
