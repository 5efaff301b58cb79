using Grpc.Core;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Features;
using Water.Billing.Grpc;

namespace Water.Billing.Services;

/// <summary>Used by the counter terminals in the service halls and by the WeChat mini-program backend.</summary>
public class AccountGrpcService : AccountService.AccountServiceBase
{
    private readonly BillingDbContext _db;
    private readonly IMediator _mediator;
    private readonly ILogger<AccountGrpcService> _logger;

    public AccountGrpcService(BillingDbContext db, IMediator mediator, ILogger<AccountGrpcService> logger)
    {
        _db = db;
        _mediator = mediator;
        _logger = logger;
    }

    public override async Task<AccountReply> GetAccount(AccountRequest request, ServerCallContext context)
    {
        var a = await _db.Accounts.AsNoTracking().FirstOrDefaultAsync(x => x.AccountNo == request.AccountNo)
                ?? throw new RpcException(new Status(StatusCode.NotFound, $"account {request.AccountNo} not found"));
        return new AccountReply
        {
            AccountNo = a.AccountNo,
            HolderName = Masking.Name(a.HolderName),
            Mobile = Masking.Mobile(a.Mobile),
            Address = a.Address,
            Balance = (double)a.Balance,
            Status = a.Status,
        };
    }

    public override async Task<AccountReply> OpenAccount(OpenAccountRequest request, ServerCallContext context)
    {
        var result = await _mediator.Send(new OpenAccountCommand(request.HolderName, request.IdCard, request.Mobile, request.Address, request.MeterNo, request.Category));
        return new AccountReply { AccountNo = result.AccountNo, HolderName = request.HolderName, Status = 0 };
    }

    /// <summary>Counter search: staff type a name, a mobile, an ID number or an address fragment.</summary>
    public override async Task<SearchReply> SearchByHolder(SearchRequest request, ServerCallContext context)
    {
        _logger.LogInformation("counter search by {Peer}: {Keyword}", context.Peer, request.Keyword);
        var k = request.Keyword.Trim();
        var list = await _db.Accounts.AsNoTracking()
            .Where(a => a.HolderName == k || a.Mobile == k || a.IdCard == k || a.Address.Contains(k))
            .Take(20).ToListAsync();
        var reply = new SearchReply();
        reply.Items.AddRange(list.Select(a => new AccountReply
        {
            AccountNo = a.AccountNo,
            HolderName = a.HolderName,
            Mobile = a.Mobile,
            IdCard = a.IdCard,
            Address = a.Address,
            Balance = (double)a.Balance,
            Status = a.Status,
        }));
        return reply;
    }
}

public static class Masking
{
    public static string Mobile(string m) => m.Length == 11 ? m[..3] + "****" + m[7..] : "***";
    public static string Name(string n) => n.Length <= 1 ? n : n[0] + new string('*', n.Length - 1);
    public static string IdCard(string id) => id.Length == 18 ? id[..6] + "********" + id[14..] : "***";
    public static string BankCard(string c) => c.Length > 8 ? c[..4] + " **** **** " + c[^4..] : "****";
}
