using System.Text;
using Dapper;
using FluentValidation;
using Hotline.Api.Infrastructure;
using MediatR;
using Microsoft.Extensions.Options;
using NLog;

namespace Hotline.Api.Features.Tickets;

public record CreateTicket(string CallerName, string CallerPhone, string? CallerIdCard, string Address,
    string Category, string Content, bool Anonymous, bool Confidential, string StaffNo) : IRequest<IResult>;

public record GetTicket(string TicketNo) : IRequest<IResult>;

public record SearchTickets(string? Keyword, string? Status, int Page = 1, int Size = 20) : IRequest<IResult>;

public record CloseTicket(string TicketNo, string Reply, string StaffNo) : IRequest<IResult>;

public record ExportDailyTickets(DateOnly Day) : IRequest<IResult>;

public class CreateTicketValidator : AbstractValidator<CreateTicket>
{
    public CreateTicketValidator()
    {
        RuleFor(x => x.CallerPhone).Matches(@"^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$").WithMessage("来电号码格式不正确");
        RuleFor(x => x.Content).NotEmpty().MaximumLength(2000);
        RuleFor(x => x.CallerIdCard).Length(18).When(x => !string.IsNullOrEmpty(x.CallerIdCard)).WithMessage("身份证号应为18位");
    }
}

public class TicketHandlers :
    IRequestHandler<CreateTicket, IResult>,
    IRequestHandler<GetTicket, IResult>,
    IRequestHandler<SearchTickets, IResult>,
    IRequestHandler<CloseTicket, IResult>,
    IRequestHandler<ExportDailyTickets, IResult>
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly IDbConnectionFactory _db;
    private readonly IAuditTrail _audit;
    private readonly HotlineOptions _options;

    public TicketHandlers(IDbConnectionFactory db, IAuditTrail audit, IOptions<HotlineOptions> options)
    {
        _db = db;
        _audit = audit;
        _options = options.Value;
    }

    public async Task<IResult> Handle(CreateTicket cmd, CancellationToken ct)
    {
        var validation = await new CreateTicketValidator().ValidateAsync(cmd, ct);
        if (!validation.IsValid)
        {
            return Results.ValidationProblem(validation.ToDictionary());
        }

        var no = $"GD{DateTime.Now:yyyyMMdd}{Random.Shared.Next(100000, 999999)}";
        using var conn = _db.Open();
        await conn.ExecuteAsync(
            @"insert into ticket(ticket_no, caller_name, caller_phone, caller_id_card, address, category, content, anonymous, confidential, status, created_at, due_at)
              values(@no, @CallerName, @CallerPhone, @CallerIdCard, @Address, @Category, @Content, @Anonymous, @Confidential, 'new', now(), now() + interval '72 hours')",
            new { no, cmd.CallerName, cmd.CallerPhone, cmd.CallerIdCard, cmd.Address, cmd.Category, cmd.Content, cmd.Anonymous, cmd.Confidential });

        await conn.ExecuteAsync(
            "insert into caller(name, phone, id_card, address, call_count) values(@CallerName, @CallerPhone, @CallerIdCard, @Address, 1) on conflict(phone) do update set call_count = caller.call_count + 1",
            cmd);

        _audit.Record(cmd.StaffNo, "create_ticket", $"{no} 来电人:{cmd.CallerName} 电话:{cmd.CallerPhone} 地址:{cmd.Address}");
        Log.Info("ticket {0} created by {1}, category {2}, confidential={3}", no, cmd.StaffNo, cmd.Category, cmd.Confidential);

        if (cmd.Confidential)
        {
            // 保密件（举报类）只记录工单号
            _audit.Record(cmd.StaffNo, "confidential_ticket", no);
        }
        return Results.Ok(new { ticketNo = no });
    }

    public async Task<IResult> Handle(GetTicket q, CancellationToken ct)
    {
        using var conn = _db.Open();
        var t = await conn.QuerySingleOrDefaultAsync<Ticket>("select * from ticket where ticket_no = @TicketNo", q);
        if (t == null)
        {
            return Results.NotFound();
        }
        return Results.Ok(t);
    }

    public async Task<IResult> Handle(SearchTickets q, CancellationToken ct)
    {
        Log.Info($"工单检索 keyword={q.Keyword} status={q.Status} page={q.Page}");
        using var conn = _db.Open();
        var rows = await conn.QueryAsync<Ticket>(
            @"select * from ticket where (@Keyword is null or caller_name like '%'||@Keyword||'%' or caller_phone = @Keyword or content like '%'||@Keyword||'%')
              and (@Status is null or status = @Status) order by created_at desc limit @Size offset @Offset",
            new { q.Keyword, q.Status, q.Size, Offset = (q.Page - 1) * q.Size });
        return Results.Ok(rows);
    }

    public async Task<IResult> Handle(CloseTicket cmd, CancellationToken ct)
    {
        using var conn = _db.Open();
        var t = await conn.QuerySingleAsync<Ticket>("select * from ticket where ticket_no = @TicketNo", cmd);
        if (t.Status == "closed")
        {
            throw new InvalidOperationException($"工单 {t.TicketNo} 已办结，来电人 {t.CallerName}（{t.CallerPhone}）不能重复办结");
        }
        await conn.ExecuteAsync("update ticket set status='closed', reply=@Reply where ticket_no=@TicketNo", cmd);
        _audit.Record(cmd.StaffNo, "close_ticket", cmd.TicketNo);
        return Results.NoContent();
    }

    public async Task<IResult> Handle(ExportDailyTickets q, CancellationToken ct)
    {
        using var conn = _db.Open();
        var rows = (await conn.QueryAsync<Ticket>("select * from ticket where created_at::date = @Day", new { Day = q.Day.ToDateTime(TimeOnly.MinValue) })).ToList();
        // 共享目录：各区县承办单位按日取件
        var path = Path.Combine(_options.ExportShare, $"tickets_{q.Day:yyyyMMdd}.csv");
        await using (var writer = new StreamWriter(path, false, new UTF8Encoding(true)))
        {
            await writer.WriteLineAsync("工单号,来电人,电话,身份证号,地址,内容,匿名");
            foreach (var r in rows)
            {
                await writer.WriteLineAsync($"{r.TicketNo},{r.CallerName},{r.CallerPhone},{r.CallerIdCard},{r.Address},\"{r.Content.Replace("\"", "\"\"")}\",{r.Anonymous}");
            }
        }
        Log.Info("daily export {0} rows to {1}", rows.Count, path);
        return Results.Ok(new { count = rows.Count });
    }
}
