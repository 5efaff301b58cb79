using Hotline.Api.Features.Callers;
using Hotline.Api.Features.Disclosure;
using Hotline.Api.Features.Dispatch;
using Hotline.Api.Features.Staff;
using Hotline.Api.Features.Tickets;
using Hotline.Api.Filters;
using Hotline.Api.Infrastructure;
using MediatR;
using NLog;
using NLog.Web;

var logger = LogManager.Setup().LoadConfigurationFromAppSettings().GetCurrentClassLogger();
logger.Debug("12345 hotline api starting");

var builder = WebApplication.CreateBuilder(args);
builder.Logging.ClearProviders();
builder.Host.UseNLog();

builder.Services.AddScoped<ServiceFactory>(p => p.GetService);
builder.Services.AddScoped<IMediator, Mediator>();
builder.Services.AddTransient<TicketHandlers>();
builder.Services.AddTransient<IRequestHandler<CreateTicket, IResult>>(p => p.GetRequiredService<TicketHandlers>());
builder.Services.AddTransient<IRequestHandler<GetTicket, IResult>>(p => p.GetRequiredService<TicketHandlers>());
builder.Services.AddTransient<IRequestHandler<SearchTickets, IResult>>(p => p.GetRequiredService<TicketHandlers>());
builder.Services.AddTransient<IRequestHandler<CloseTicket, IResult>>(p => p.GetRequiredService<TicketHandlers>());
builder.Services.AddTransient<IRequestHandler<ExportDailyTickets, IResult>>(p => p.GetRequiredService<TicketHandlers>());
builder.Services.AddTransient<IRequestHandler<DispatchTicket, IResult>, DispatchHandler>();
builder.Services.AddTransient<IRequestHandler<StaffLogin, IResult>, StaffLoginHandler>();
builder.Services.AddTransient<IRequestHandler<CtiCallEvent, IResult>, CtiCallEventHandler>();
builder.Services.AddSingleton<IDbConnectionFactory>(sp =>
{
    var cs = builder.Configuration.GetConnectionString("Hotline");
    if (string.IsNullOrEmpty(cs))
    {
        var pg = new Npgsql.NpgsqlConnectionStringBuilder
        {
            Host = "10.12.3.45",
            Port = 5432,
            Database = "hotline12345",
            Username = "hotline_rw",
            Password = "Zx!12345Gov#pg"
        };
        cs = pg.ConnectionString;
    }
    return new NpgsqlConnectionFactory(cs);
});
builder.Services.AddSingleton<IAuditTrail, FileAuditTrail>();
builder.Services.AddSingleton<CtiClient>();
builder.Services.AddSingleton<DeptNotifier>();
builder.Services.AddSingleton<IStaffTokenService, StaffTokenService>();
builder.Services.Configure<HotlineOptions>(builder.Configuration.GetSection("Hotline"));

var app = builder.Build();

var api = app.MapGroup("/api").AddEndpointFilter<RequestLogFilter>();

var tickets = api.MapGroup("/tickets").AddEndpointFilter<StaffAuthFilter>();
tickets.MapPost("/", (CreateTicket cmd, IMediator m) => m.Send(cmd));
tickets.MapGet("/{no}", (string no, IMediator m) => m.Send(new GetTicket(no)));
tickets.MapGet("/", ([AsParameters] SearchTickets q, IMediator m) => m.Send(q));
tickets.MapPost("/{no}/dispatch", (string no, DispatchTicket cmd, IMediator m) => m.Send(cmd with { TicketNo = no }));
tickets.MapPost("/{no}/close", (string no, CloseTicket cmd, IMediator m) => m.Send(cmd with { TicketNo = no }));
tickets.MapGet("/export", (DateOnly day, IMediator m) => m.Send(new ExportDailyTickets(day)));

var callers = api.MapGroup("/callers").AddEndpointFilter<StaffAuthFilter>();
callers.MapGet("/by-phone/{phone}", (string phone, IMediator m) => m.Send(new LookupCaller(phone)));
callers.MapPost("/{id:long}/blacklist", (long id, string reason, IMediator m) => m.Send(new BlacklistCaller(id, reason)));

// 政务公开：办结工单公示（无需登录）
app.MapGet("/public/cases", (int page, IMediator m) => m.Send(new PublicCases(page)));
app.MapGet("/public/cases/{no}", (string no, IMediator m) => m.Send(new PublicCaseDetail(no)));
app.MapPost("/public/feedback", (SatisfactionFeedback f, IMediator m) => m.Send(f));

app.MapPost("/staff/login", (StaffLogin cmd, IMediator m) => m.Send(cmd));
app.MapPost("/cti/callback", (CtiCallEvent e, IMediator m) => m.Send(e)).AddEndpointFilter<CtiSignatureFilter>();

app.Run();

public class HotlineOptions
{
    public string ExportShare { get; set; } = @"\\10.12.3.60\hotline_export";
    public string SupervisorMail { get; set; } = "duban@12345.gov-example.cn";
    public int OverdueHours { get; set; } = 72;
}
