using Dapper;
using Hotline.Api.Infrastructure;
using MediatR;
using NLog;

namespace Hotline.Api.Features.Callers;

public record LookupCaller(string Phone) : IRequest<IResult>;
public record BlacklistCaller(long Id, string Reason) : IRequest<IResult>;

public class CallerHandlers : IRequestHandler<LookupCaller, IResult>, IRequestHandler<BlacklistCaller, IResult>
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IDbConnectionFactory _db;
    private readonly IAuditTrail _audit;

    public CallerHandlers(IDbConnectionFactory db, IAuditTrail audit)
    {
        _db = db;
        _audit = audit;
    }

    /// <summary>来电弹屏：坐席接起电话时按号码查历史</summary>
    public async Task<IResult> Handle(LookupCaller q, CancellationToken ct)
    {
        using var conn = _db.Open();
        var caller = await conn.QuerySingleOrDefaultAsync<Caller>("select * from caller where phone = @Phone", q);
        if (caller == null)
        {
            Log.Debug("screen pop: new caller");
            return Results.Ok(new { isNew = true });
        }
        var history = await conn.QueryAsync<string>("select ticket_no from ticket where caller_phone = @Phone order by created_at desc limit 10", q);
        return Results.Ok(new { caller, history });
    }

    public async Task<IResult> Handle(BlacklistCaller cmd, CancellationToken ct)
    {
        using var conn = _db.Open();
        var caller = await conn.QuerySingleAsync<Caller>("select * from caller where id = @Id", cmd);
        await conn.ExecuteAsync("update caller set blacklisted = true, blacklist_reason = @Reason where id = @Id", cmd);
        _audit.Sensitive("system", "blacklist", caller.Name, caller.Phone, caller.IdCard, cmd.Reason);
        Log.Warn("caller {0} blacklisted: {1}", cmd.Id, cmd.Reason);
        return Results.NoContent();
    }
}
