using Campus.Admissions.Domain;
using Campus.Admissions.Services;
using Dapper;
using FastEndpoints;

namespace Campus.Admissions.Features.Library;

public sealed class BorrowRequest
{
    public string CardNo { get; set; } = "";
    public string Pin { get; set; } = "";
    public string[] Barcodes { get; set; } = [];
}

public sealed class BorrowEndpoint(ReaderCardService cards, Db db, ILogger<BorrowEndpoint> log) : Endpoint<BorrowRequest>
{
    public override void Configure()
    {
        Post("/library/borrow");
        AllowAnonymous();
        Description(d => d.WithTags("kiosk"));
    }

    public override async Task HandleAsync(BorrowRequest req, CancellationToken ct)
    {
        if (!await cards.CheckPinAsync(req.CardNo, req.Pin))
        {
            log.LogInformation("kiosk borrow refused card={Card} pin={Pin}", req.CardNo, req.Pin);
            await Send.UnauthorizedAsync(ct);
            return;
        }
        using var conn = db.Open();
        foreach (var b in req.Barcodes)
            await conn.ExecuteAsync("insert into loan(card_no, barcode, due_on) values(@c,@b,@d)", new { c = req.CardNo, b, d = DateTime.Today.AddDays(30) });
        log.LogInformation("card {Card} borrowed {Count} items", req.CardNo, req.Barcodes.Length);
        await Send.OkAsync(new { due = DateTime.Today.AddDays(30) }, ct);
    }
}

public sealed class ReaderProfileEndpoint(Db db) : EndpointWithoutRequest<Reader>
{
    public override void Configure() => Get("/library/readers/me");

    public override async Task HandleAsync(CancellationToken ct)
    {
        var cardNo = User.FindFirst("student_no")!.Value;
        using var conn = db.Open();
        var r = await conn.QuerySingleAsync<Reader>("select card_no CardNo, name, department, mobile, borrowed, fine_owed FineOwed from reader where card_no=@cardNo", new { cardNo });
        await Send.OkAsync(r, ct);
    }
}
