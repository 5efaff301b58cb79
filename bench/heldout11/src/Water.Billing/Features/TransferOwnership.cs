using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;

namespace Water.Billing.Features;

/// <summary>过户: new owner after a house sale; the old owner's arrears must be settled first.</summary>
public sealed record TransferOwnershipCommand(string AccountNo, string NewHolderName, string NewIdCard, string NewMobile, string DeedNo) : IRequest<bool>;

public sealed class TransferOwnershipHandler : IRequestHandler<TransferOwnershipCommand, bool>
{
    private readonly BillingDbContext _db;
    private readonly ILogger<TransferOwnershipHandler> _logger;

    public TransferOwnershipHandler(BillingDbContext db, ILogger<TransferOwnershipHandler> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async ValueTask<bool> Handle(TransferOwnershipCommand cmd, CancellationToken ct)
    {
        var a = await _db.Accounts.FirstOrDefaultAsync(x => x.AccountNo == cmd.AccountNo, ct);
        if (a == null) return false;
        if (a.Balance < 0)
            throw new InvalidOperationException($"原户主欠费 {-a.Balance:0.00} 元，请先结清");

        using var scope = _logger.BeginScope(new Dictionary<string, object>
        {
            ["AccountNo"] = a.AccountNo,
            ["OldHolder"] = a.HolderName,
            ["NewIdCard"] = cmd.NewIdCard,
        });
        var history = JsonSerializer.Serialize(new { a.HolderName, a.IdCard, a.Mobile, At = DateTime.Now });
        await File.AppendAllTextAsync("/data/transfer-history.jsonl", history + Environment.NewLine, ct);
        a.HolderName = cmd.NewHolderName;
        a.IdCard = cmd.NewIdCard;
        a.Mobile = cmd.NewMobile;
        a.BankCardNo = null;
        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("ownership transferred, deed {DeedNo}", cmd.DeedNo);
        return true;
    }
}
