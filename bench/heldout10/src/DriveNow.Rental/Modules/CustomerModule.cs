using Carter;
using DriveNow.Rental.Services;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DriveNow.Rental.Modules;

public sealed class CustomerModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/customers");

        g.MapPost("/", async (RegisterCustomer cmd, CustomerService svc) =>
        {
            var c = await svc.RegisterAsync(cmd);
            return Results.Created($"/api/customers/{c.Id}", new { c.Id });
        });

        g.MapPost("/login", async (LoginBody body, CustomerService svc, HttpContext ctx) =>
        {
            var c = await svc.LoginAsync(body.Mobile, body.Password);
            return c is null ? Results.Unauthorized() : Results.Ok(new { c.Id, token = ctx.TraceIdentifier });
        });

        g.MapGet("/{id:long}", async (long id, CustomerService svc) =>
            await svc.GetBriefAsync(id) is { } brief ? Results.Ok(brief) : Results.NotFound());

        // Used by the counter app at the store when a customer picks up a car.
        g.MapGet("/{id:long}/full", async Task<Results<Ok<Models.Customer>, NotFound>> (long id, CustomerService svc) =>
        {
            var c = await svc.GetFullAsync(id);
            return c is null ? TypedResults.NotFound() : TypedResults.Ok(c);
        });

        g.MapGet("/search", async (string keyword, CustomerService svc, ILogger<CustomerModule> log) =>
        {
            log.LogInformation("customer search keyword={Keyword}", keyword);
            return Results.Ok(Array.Empty<object>());
        });

        g.MapGet("/{id:long}/licence-photo", async (long id, HttpContext ctx) =>
        {
            ctx.Response.ContentType = "text/plain";
            await ctx.Response.WriteAsync($"licence photo for {id} not uploaded yet");
        });
    }
}

public sealed record LoginBody(string Mobile, string Password);
