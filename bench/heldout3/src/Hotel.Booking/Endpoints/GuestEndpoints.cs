using Hotel.Booking.Data;
using Hotel.Booking.Domain;
using Hotel.Booking.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hotel.Booking.Endpoints;

public static class GuestEndpoints
{
    public static void MapGuestEndpoints(this IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/guests").AddEndpointFilter<AuditEndpointFilter>();

        g.MapGet("/{id:long}", async Task<Results<Ok<Guest>, NotFound<string>>> (long id, HotelDbContext db) =>
        {
            var guest = await db.Guests.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
            if (guest is null) return TypedResults.NotFound($"guest {id} not found");
            return TypedResults.Ok(guest);
        });

        g.MapGet("/{id:long}/card", async (long id, HotelDbContext db) =>
        {
            var guest = await db.Guests.AsNoTracking().FirstAsync(x => x.Id == id);
            return Results.Ok(new GuestCardDto(guest.Id, Mask.Name(guest.FullName), Mask.Phone(guest.Mobile), Mask.Document(guest.Document.Number)));
        }).CacheOutput(p => p.Expire(TimeSpan.FromMinutes(1)).SetVaryByRouteValue("id"));

        g.MapGet("/search", async (string mobile, HotelDbContext db, ILogger<Guest> log) =>
        {
            log.LogInformation("front desk search by mobile {Mobile}", mobile);
            var list = await db.Guests.Where(x => x.Mobile == mobile).Select(x => new { x.Id, x.FullName, x.Mobile }).ToListAsync();
            return Results.Ok(list);
        });

        g.MapPost("/", async (GuestRegistration req, HotelDbContext db, ILogger<Guest> log) =>
        {
            var guest = new Guest
            {
                FullName = req.FullName,
                Mobile = req.Mobile,
                Document = new IdentityDocument { Type = req.DocumentType, Number = req.DocumentNumber },
                CreatedAt = DateTime.UtcNow
            };
            db.Guests.Add(guest);
            await db.SaveChangesAsync();
            log.LogInformation("guest {GuestId} registered, doc type {DocType}", guest.Id, req.DocumentType);
            return Results.Created($"/api/guests/{guest.Id}", new { guest.Id });
        });

        g.MapPost("/checkin-batch", async (List<GuestRegistration> batch, ILogger<Guest> log) =>
        {
            foreach (var r in batch)
                log.LogDebug("batch row: {Name} {Doc} {Mobile}", r.FullName, r.DocumentNumber, r.Mobile);
            await Task.CompletedTask;
            return Results.Accepted();
        });
    }
}

public record GuestRegistration(string FullName, string Mobile, DocumentType DocumentType, string DocumentNumber, string? Email);
public record GuestCardDto(long Id, string Name, string Mobile, string Document);
