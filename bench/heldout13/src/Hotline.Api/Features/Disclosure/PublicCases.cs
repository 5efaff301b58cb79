using Dapper;
using Hotline.Api.Infrastructure;
using MediatR;
using NLog;

namespace Hotline.Api.Features.Disclosure;

public record PublicCases(int Page) : IRequest<IResult>;
public record PublicCaseDetail(string TicketNo) : IRequest<IResult>;
public record SatisfactionFeedback(string TicketNo, string Phone, int Score, string? Comment) : IRequest<IResult>;

public record PublicCaseRow(string TicketNo, string Category, string Summary, string Street, string Reply, DateTime ClosedAt);

public class DisclosureHandlers :
    IRequestHandler<PublicCases, IResult>,
    IRequestHandler<PublicCaseDetail, IResult>,
    IRequestHandler<SatisfactionFeedback, IResult>
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IDbConnectionFactory _db;

    public DisclosureHandlers(IDbConnectionFactory db) => _db = db;

    public async Task<IResult> Handle(PublicCases q, CancellationToken ct)
    {
        using var conn = _db.Open();
        var rows = await conn.QueryAsync<Ticket>(
            "select * from ticket where status='closed' and confidential = false order by created_at desc limit 20 offset @Offset",
            new { Offset = (q.Page - 1) * 20 });
        var list = rows.Select(t => new PublicCaseRow(
            t.TicketNo,
            t.Category,
            t.Content.Length > 60 ? t.Content[..60] + "…" : t.Content,
            StreetOnly(t.Address),
            t.Reply ?? "",
            t.CreatedAt));
        return Results.Ok(list);
    }

    public async Task<IResult> Handle(PublicCaseDetail q, CancellationToken ct)
    {
        using var conn = _db.Open();
        var t = await conn.QuerySingleOrDefaultAsync<Ticket>("select * from ticket where ticket_no=@TicketNo and status='closed'", q);
        if (t == null) return Results.NotFound();
        return Results.Ok(new
        {
            t.TicketNo,
            t.Category,
            t.Content,
            t.Reply,
            诉求人 = t.Anonymous ? "匿名" : t.CallerName,
            地址 = t.Address,
        });
    }

    public async Task<IResult> Handle(SatisfactionFeedback f, CancellationToken ct)
    {
        using var conn = _db.Open();
        var owner = await conn.ExecuteScalarAsync<string>("select caller_phone from ticket where ticket_no=@TicketNo", f);
        if (owner != f.Phone)
        {
            Log.Warn("feedback phone mismatch for {0}: got {1}, expected {2}", f.TicketNo, f.Phone, owner);
            return Results.BadRequest(new { message = "手机号与工单不符" });
        }
        await conn.ExecuteAsync("insert into feedback(ticket_no, score, comment) values(@TicketNo, @Score, @Comment)", f);
        Log.Info("feedback {0} score {1}", f.TicketNo, f.Score);
        return Results.Ok();
    }

    private static string StreetOnly(string address)
    {
        var idx = address.IndexOfAny(new[] { '号', '栋', '幢' });
        return idx > 0 ? address[..address.LastIndexOfAny("0123456789".ToCharArray(), idx)] + "**" : address;
    }
}
