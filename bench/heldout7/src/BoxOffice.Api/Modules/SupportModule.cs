using System.Diagnostics;
using BoxOffice.Domain;
using BoxOffice.Infrastructure;
using Carter;
using Microsoft.AspNetCore.Mvc;
using Serilog;
using Serilog.Context;

namespace BoxOffice.Modules;

/// <summary>Customer-service desk: look up a buyer by phone or e-mail, resend tickets, change the ticket holder.</summary>
public sealed class SupportModule : ICarterModule
{
    private static readonly ActivitySource Source = new("BoxOffice.Support");

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var support = app.MapGroup("/api/support").RequireAuthorization("ops");

        support.MapGet("/lookup", async (string phoneOrEmail, ISupportQueries queries, HttpContext http) =>
        {
            using (LogContext.PushProperty("SupportAgent", http.User.Identity?.Name))
            using (LogContext.PushProperty("Lookup", phoneOrEmail))
            {
                var found = await queries.FindCustomersAsync(phoneOrEmail);
                Log.Information("Support lookup returned {Count} customers", found.Count);
                return Results.Ok(found);
            }
        });

        support.MapPost("/orders/{id:guid}/holder", async (Guid id, ChangeHolder body, IOrderStore store) =>
        {
            var order = await store.GetAsync(id);
            var ticket = order?.Tickets.FirstOrDefault(t => t.Id == body.TicketId);
            if (ticket is null)
            {
                return Results.Problem(new ProblemDetails
                {
                    Title = "Ticket not found",
                    Detail = $"Ticket {body.TicketId} of order {id} not found",
                    Status = 404,
                });
            }
            var previous = $"{ticket.HolderName}/{ticket.HolderIdNumber}";
            ticket.HolderName = body.NewHolderName;
            ticket.HolderIdNumber = body.NewHolderIdNumber;
            await store.UpdateAsync(order!);
            using var activity = Source.StartActivity("holder-changed");
            activity?.AddEvent(new ActivityEvent("holder-changed", tags: new ActivityTagsCollection { ["previous"] = previous }));
            Log.Information("Holder of ticket {TicketId} changed by support", ticket.Id);
            return Results.NoContent();
        });

        support.MapPost("/orders/{id:guid}/resend", async (Guid id, IOrderStore store, IMailer mailer) =>
        {
            var order = await store.GetAsync(id);
            if (order is null) return Results.NotFound();
            var customer = await store.GetCustomerAsync(order.CustomerId);
            if (customer is null)
            {
                return Results.Problem($"Customer {order.CustomerId} has no account", statusCode: 409);
            }
            await mailer.SendAsync(customer.Email, "Your tickets", "Tickets attached.");
            Log.Information(string.Format("Tickets resent to {0} ({1})", customer.Email, customer.Mobile));
            return Results.Accepted();
        });
    }
}

public sealed record ChangeHolder(Guid TicketId, string NewHolderName, string NewHolderIdNumber);

public interface ISupportQueries { Task<IReadOnlyList<Customer>> FindCustomersAsync(string phoneOrEmail); }
