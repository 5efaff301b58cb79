using BoxOffice.Domain;
using BoxOffice.Infrastructure;
using BoxOffice.Services;
using Carter;
using Serilog;

namespace BoxOffice.Modules;

public sealed class CustomerModule : ICarterModule
{
    private static readonly Serilog.ILogger Logger = Log.ForContext<CustomerModule>();

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/customers/register", async (RegisterRequest req, IOrderStore store) =>
        {
            var customer = new Customer
            {
                Id = Guid.NewGuid(),
                Name = req.Name,
                Email = req.Email,
                Mobile = req.Mobile,
                PasswordHash = CustomerPasswords.Hash(req.Password),
                MarketingOptIn = req.MarketingOptIn,
            };
            await store.InsertCustomerAsync(customer);
            Logger.Information("Customer registered {@Customer}", customer);
            return Results.Ok(new { customer.Id });
        });

        app.MapPost("/api/customers/login", async (LoginRequest req, IOrderStore store, HttpContext http) =>
        {
            var customer = await store.FindCustomerByEmailAsync(req.Email);
            if (customer is null || !CustomerPasswords.Verify(req.Password, customer.PasswordHash!))
            {
                Logger.Warning("Login failed for {Email} from {Ip}", req.Email, http.Connection.RemoteIpAddress);
                return Results.Unauthorized();
            }
            return Results.Ok(new { token = TokenIssuer.Issue(customer.Id) });
        });

        app.MapGet("/api/customers/me", async (HttpContext http, IOrderStore store) =>
        {
            var id = Guid.Parse(http.User.FindFirst("sub")!.Value);
            var me = await store.GetCustomerAsync(id);
            return me is null ? Results.NotFound() : Results.Ok(new { me.Name, me.Email, me.Mobile });
        });

        app.MapGet("/api/admin/customers/{id:guid}", async (Guid id, IOrderStore store) =>
        {
            var c = await store.GetCustomerAsync(id);
            Logger.Debug("Admin viewed customer {CustomerId}", id);
            return c is null ? Results.NotFound() : Results.Ok(new { c.Id, c.Name, c.Email, c.Mobile, c.IdNumber, c.DateOfBirth });
        }).RequireAuthorization("ops");
    }
}

public sealed record RegisterRequest(string Name, string Email, string Mobile, string Password, bool MarketingOptIn);
public sealed record LoginRequest(string Email, string Password);
