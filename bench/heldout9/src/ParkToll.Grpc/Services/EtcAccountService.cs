using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using ParkToll.Data;
using ParkToll.Infrastructure.Cloud;
using ParkToll.Infrastructure.Crypto;
using ParkToll.Models;
using ParkToll.Protos;
using Serilog;
using Serilog.Context;

namespace ParkToll.Services;

[Authorize]
public sealed class EtcAccountService : EtcAccounts.EtcAccountsBase
{
    private readonly EtcAccountRepository _repo;
    private readonly BankCardVault _vault;
    private readonly AliyunSmsClient _sms;
    private readonly Serilog.ILogger _log = Log.ForContext<EtcAccountService>();

    public EtcAccountService(EtcAccountRepository repo, BankCardVault vault, AliyunSmsClient sms)
    {
        _repo = repo;
        _vault = vault;
        _sms = sms;
    }

    public override async Task<AccountReply> OpenAccount(OpenAccountRequest request, ServerCallContext context)
    {
        if (!IdCard.IsValid(request.IdCardNo))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"身份证号 {request.IdCardNo} 校验失败"));
        }

        var existing = await _repo.FindByPlateAsync(request.PlateNo);
        if (existing is not null)
        {
            _log.Warning("Plate already bound to account {AccountNo}", existing.AccountNo);
            throw new RpcException(new Status(StatusCode.AlreadyExists, "该车牌已办理ETC"));
        }

        var account = new EtcAccount
        {
            AccountNo = "ETC" + DateTime.UtcNow.ToString("yyMMdd") + Random.Shared.Next(100000, 999999),
            OwnerName = request.OwnerName,
            IdCardNo = request.IdCardNo,
            Mobile = request.Mobile,
            PlateNo = request.PlateNo,
            ObuSerial = request.ObuSerial,
            BankCardCipher = _vault.Protect(request.BankCardNo),
            BankCardLast4 = request.BankCardNo[^4..],
            Address = request.Address,
            CreatedAt = DateTime.UtcNow,
        };
        account.Id = await _repo.InsertAsync(account);

        _log.ForContext("Owner", request.OwnerName)
            .ForContext("Mobile", request.Mobile)
            .Information("ETC account {AccountNo} opened", account.AccountNo);

        await _sms.SendTemplateAsync(request.Mobile, "SMS_276543211", new { account = account.AccountNo });
        return ToReply(account);
    }

    public override async Task<AccountReply> GetAccount(GetAccountRequest request, ServerCallContext context)
    {
        var account = await _repo.FindByAccountNoAsync(request.AccountId)
            ?? throw new RpcException(new Status(StatusCode.NotFound, "account not found"));
        return ToReply(account);
    }

    public override async Task<BindCardReply> BindCard(BindCardRequest request, ServerCallContext context)
    {
        using (LogContext.PushProperty("BankCardNo", request.BankCardNo))
        {
            var account = await _repo.FindByAccountNoAsync(request.AccountId);
            if (account is null)
            {
                _log.Warning("Bind card for unknown account {AccountId}", request.AccountId);
                return new BindCardReply { Ok = false };
            }

            if (!await _sms.VerifyCodeAsync(request.ReservedMobile, request.SmsCode))
            {
                _log.Warning("SMS code mismatch for account {AccountId}", request.AccountId);
                return new BindCardReply { Ok = false };
            }

            account.BankCardCipher = _vault.Protect(request.BankCardNo);
            account.BankCardLast4 = request.BankCardNo[^4..];
            await _repo.UpdateCardAsync(account);
            _log.Information("Card ending {Last4} bound to {AccountId}", account.BankCardLast4, request.AccountId);
            return new BindCardReply { Ok = true, MaskedCard = "**** **** **** " + account.BankCardLast4 };
        }
    }

    public override async Task<SearchReply> SearchAccounts(SearchRequest request, ServerCallContext context)
    {
        _log.Information("Back office search by {Operator}: {Keyword}", context.GetHttpContext().User.Identity?.Name, request.Keyword);
        var (items, total) = await _repo.SearchAsync(request.Keyword, request.Page, 20);
        var reply = new SearchReply { Total = total };
        foreach (var a in items)
        {
            reply.Items.Add(new AccountReply
            {
                AccountId = a.AccountNo,
                OwnerName = a.OwnerName,
                IdCardNo = IdCard.Mask(a.IdCardNo),
                Mobile = a.Mobile[..3] + "****" + a.Mobile[7..],
                PlateNo = a.PlateNo,
                BankCardNo = "****" + a.BankCardLast4,
                Status = a.Status,
            });
        }
        return reply;
    }

    private AccountReply ToReply(EtcAccount a) => new()
    {
        AccountId = a.AccountNo,
        OwnerName = a.OwnerName,
        IdCardNo = a.IdCardNo,
        Mobile = a.Mobile,
        PlateNo = a.PlateNo,
        BankCardNo = _vault.Unprotect(a.BankCardCipher),
        Status = a.Status,
    };
}

internal static class IdCard
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string CheckCodes = "10X98765432";

    public static bool IsValid(string id)
    {
        if (id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(id[17]) == CheckCodes[sum % 11];
    }

    public static string Mask(string id) => id.Length == 18 ? id[..6] + "********" + id[14..] : "******";
}
