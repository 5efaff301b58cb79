using Hotel.Booking.Data;
using Hotel.Booking.Domain;
using Hotel.Booking.Services;
using Microsoft.EntityFrameworkCore;

namespace Hotel.Booking.Endpoints;

public static class ReservationEndpoints
{
    public static void MapReservationEndpoints(this IEndpointRouteBuilder app)
    {
        var r = app.MapGroup("/api/reservations");

        r.MapGet("/{no}", async (string no, HotelDbContext db, RoomCacheKeys keys, HttpContext http) =>
        {
            var res = await db.Reservations.Include(x => x.Guest).AsNoTracking().FirstOrDefaultAsync(x => x.ConfirmationNo == no);
            if (res is null) return Results.NotFound();
            http.Response.Headers.ETag = keys.ETagFor(res);
            return Results.Ok(new
            {
                res.ConfirmationNo,
                res.RoomType,
                res.CheckIn,
                res.CheckOut,
                Guest = Mask.Name(res.Guest!.FullName),
            });
        });

        r.MapGet("/{no}/folio", async (string no, HotelDbContext db) =>
        {
            var res = await db.Reservations.Include(x => x.Guest).FirstAsync(x => x.ConfirmationNo == no);
            return Results.Ok(new
            {
                res.ConfirmationNo,
                res.Amount,
                GuestName = res.Guest!.FullName,
                GuestMobile = res.Guest.Mobile,
                GuestPassport = res.Guest.Document.Number,
            });
        });

        r.MapPost("/{no}/cancel", async (string no, CancelRequest req, HotelDbContext db, ILogger<Reservation> log) =>
        {
            var res = await db.Reservations.Include(x => x.Guest).FirstAsync(x => x.ConfirmationNo == no);
            if (res.Guest!.Mobile != req.Mobile)
                throw new InvalidOperationException($"cancel rejected: mobile {req.Mobile} does not match reservation {no} of {res.Guest.FullName}");
            log.LogInformation("reservation {No} cancelled via {Channel}", no, res.Channel);
            db.Reservations.Remove(res);
            await db.SaveChangesAsync();
            return Results.NoContent();
        });
    }
}

public record CancelRequest(string Mobile, string? Reason);
