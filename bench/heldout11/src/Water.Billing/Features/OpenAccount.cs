using Mediator;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;
using Water.Billing.Integration;

namespace Water.Billing.Features;

public sealed record OpenAccountCommand(string HolderName, string IdCard, string Mobile, string Address, string MeterNo, int Category) : IRequest<OpenAccountResult>;
public sealed record OpenAccountResult(string AccountNo);
public sealed record AccountOpened(string AccountNo, string HolderName, string Mobile, string IdCard) : INotification;

public sealed class OpenAccountHandler : IRequestHandler<OpenAccountCommand, OpenAccountResult>
{
    private readonly BillingDbContext _db;
    private readonly IMediator _mediator;
    private readonly ILogger<OpenAccountHandler> _logger;

    public OpenAccountHandler(BillingDbContext db, IMediator mediator, ILogger<OpenAccountHandler> logger)
    {
        _db = db;
        _mediator = mediator;
        _logger = logger;
    }

    public async ValueTask<OpenAccountResult> Handle(OpenAccountCommand cmd, CancellationToken ct)
    {
        if (await _db.Accounts.AnyAsync(a => a.MeterNo == cmd.MeterNo && a.Status != 9, ct))
            throw new InvalidOperationException($"表号 {cmd.MeterNo} 已开户");
        if (await _db.Accounts.AnyAsync(a => a.IdCard == cmd.IdCard && a.Address == cmd.Address && a.Status != 9, ct))
            throw new InvalidOperationException($"{cmd.HolderName}（{cmd.IdCard}）在 {cmd.Address} 已有户号");

        var accountNo = $"{cmd.Category}{DateTime.Now:yyMM}{Random.Shared.Next(100000, 999999)}";
        _db.Accounts.Add(new Account
        {
            AccountNo = accountNo,
            HolderName = cmd.HolderName,
            IdCard = cmd.IdCard,
            Mobile = cmd.Mobile,
            Address = cmd.Address,
            MeterNo = cmd.MeterNo,
            Category = cmd.Category,
            OpenedAt = DateTime.Now,
        });
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("account {AccountNo} opened, meter {MeterNo}, category {Category}", accountNo, cmd.MeterNo, cmd.Category);
        await _mediator.Publish(new AccountOpened(accountNo, cmd.HolderName, cmd.Mobile, cmd.IdCard), ct);
        return new OpenAccountResult(accountNo);
    }
}

/// <summary>Welcome SMS and the real-name filing with the city's utility regulator.</summary>
public sealed class AccountOpenedHandler : INotificationHandler<AccountOpened>
{
    private readonly SmsGateway _sms;
    private readonly GovExchangeClient _gov;
    private readonly ILogger<AccountOpenedHandler> _logger;

    public AccountOpenedHandler(SmsGateway sms, GovExchangeClient gov, ILogger<AccountOpenedHandler> logger)
    {
        _sms = sms;
        _gov = gov;
        _logger = logger;
    }

    public async ValueTask Handle(AccountOpened n, CancellationToken ct)
    {
        await _sms.SendAsync(n.Mobile, $"【滨江水务】尊敬的用户，您的户号 {n.AccountNo} 已开通，可在公众号绑定缴费。");
        try
        {
            await _gov.FileRealNameAsync(n.AccountNo, n.HolderName, n.IdCard, ct);
        }
        catch (HttpRequestException ex)
        {
            _logger.LogError(ex, "real-name filing failed for {Event}", n);
        }
    }
}
