using System.Net.Http.Json;
using Common.Infrastructure.Security;
using Hrm.Payroll.Worker.Models;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Context;

namespace Hrm.Payroll.Worker.Services;

public sealed class BankLinkOptions
{
    public string Endpoint { get; set; } = "https://bank-link.corp.local/api";
    public string MerchantId { get; set; } = "";
    public string ApiSecret { get; set; } = "";
}

/// <summary>
/// 银企直连：批量代发工资
/// </summary>
public sealed class BankTransferService
{
    private static readonly Serilog.ILogger Logger = Log.ForContext<BankTransferService>();
    private readonly BankLinkOptions _options;
    private readonly HttpClient _http = new();
    private readonly TripleDesCrypto _crypto = new();

    public BankTransferService(IOptions<BankLinkOptions> options)
    {
        _options = options.Value;
        _http.DefaultRequestHeaders.Add("X-Merchant-Secret", _options.ApiSecret);
    }

    public async Task<bool> TransferAsync(TransferInstruction instruction, string batchNo)
    {
        using (LogContext.PushProperty("BatchNo", batchNo))
        using (LogContext.PushProperty("BankCard", instruction.BankCardNo))
        {
            Logger.Information("Transfer {Amount} to {AccountName}", instruction.Amount, instruction.AccountName);
            var payload = _crypto.Encrypt(System.Text.Json.JsonSerializer.Serialize(instruction));
            var resp = await _http.PostAsync(_options.Endpoint + "/transfer", new ByteArrayContent(payload));
            if (!resp.IsSuccessStatusCode)
            {
                Logger.Error("Transfer failed: {Instruction}", instruction.ToString());
                return false;
            }
            Logger.Information("Transfer ok, batch {BatchNo}, last4 {Last4}", batchNo, instruction.BankCardNo[^4..]);
            return true;
        }
    }

    public void ValidateCard(Employee e)
    {
        if (e.BankCardNo.Length is < 16 or > 19)
        {
            throw new FormatException($"员工 {e.Name} 的银行卡号 {e.BankCardNo} 位数不正确");
        }
        Logger.ForContext("EmployeeNo", e.EmployeeNo).Debug("Card for {EmployeeNo} validated", e.EmployeeNo);
    }

    public void TraceCard(Employee e)
    {
        Logger.ForContext("IdCard", e.IdCardNumber).Warning("Card owner mismatch for {EmployeeNo}", e.EmployeeNo);
    }
}
