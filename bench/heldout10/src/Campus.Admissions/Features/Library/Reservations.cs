using Campus.Admissions.Services;
using Dapper;

namespace Campus.Admissions.Features.Library;

/// <summary>Hold queue for books that are out: first come first served, 3 days to pick up, max 5 holds per reader.</summary>
public sealed class ReservationService(Db db, ILogger<ReservationService> log)
{
    public const int MaxHolds = 5;
    public static readonly TimeSpan PickupWindow = TimeSpan.FromDays(3);

    public async Task<int?> PlaceAsync(string cardNo, string isbn)
    {
        using var conn = db.Open();
        var holds = await conn.ExecuteScalarAsync<int>("select count(*) from hold where card_no=@cardNo and state in ('Waiting','Ready')", new { cardNo });
        if (holds >= MaxHolds) return null;
        var position = await conn.ExecuteScalarAsync<int>("select count(*) + 1 from hold where isbn=@isbn and state='Waiting'", new { isbn });
        await conn.ExecuteAsync("insert into hold(card_no, isbn, state, placed_at) values(@cardNo, @isbn, 'Waiting', getdate())", new { cardNo, isbn });
        return position;
    }

    public async Task OnReturnedAsync(string barcode)
    {
        using var conn = db.Open();
        var isbn = await conn.ExecuteScalarAsync<string>("select isbn from book where barcode=@barcode", new { barcode });
        var holdId = await conn.ExecuteScalarAsync<long?>("select top 1 id from hold where isbn=@isbn and state='Waiting' order by placed_at", new { isbn });
        if (holdId is null) return;
        await conn.ExecuteAsync("update hold set state='Ready', ready_at=getdate(), barcode=@barcode where id=@holdId", new { barcode, holdId });
        log.LogInformation("hold {HoldId} ready with item {Barcode}", holdId, barcode);
    }

    public async Task<int> ExpireAsync()
    {
        using var conn = db.Open();
        var n = await conn.ExecuteAsync("update hold set state='Expired' where state='Ready' and ready_at < dateadd(day, -3, getdate())");
        if (n > 0) log.LogInformation("{Count} holds expired", n);
        return n;
    }

    public static int LoanDays(string readerType, string collection) => (readerType, collection) switch
    {
        ("teacher", _) => 90,
        ("postgraduate", "reference") => 7,
        ("postgraduate", _) => 60,
        (_, "reference") => 3,
        (_, "new-arrivals") => 14,
        _ => 30,
    };

    public static int MaxLoans(string readerType) => readerType switch
    {
        "teacher" => 30,
        "postgraduate" => 20,
        _ => 10,
    };
}
