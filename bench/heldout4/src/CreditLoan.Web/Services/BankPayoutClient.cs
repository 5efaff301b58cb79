using System.Security.Cryptography;
using System.Text;
using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Models;

namespace CreditLoan.Web.Services;

/// <summary>
/// Disbursement through the partner bank's bank-enterprise direct link (银企直连). Messages are
/// fixed-length text; the bank verifies our RSA signature.
/// </summary>
public sealed class BankPayoutClient
{
    private readonly RSA _ourKey;
    private readonly ILogger<BankPayoutClient> _logger;

    public BankPayoutClient(IConfiguration config, ILogger<BankPayoutClient> logger)
    {
        _ourKey = RSA.Create();
        _ourKey.ImportFromPem(File.ReadAllText(config["Bank:PrivateKeyPath"]!));
        _logger = logger;
    }

    public string BuildMessage(LoanApplication app, string batchNo)
    {
        var sb = new StringBuilder();
        sb.Append(batchNo.PadRight(20));
        sb.Append(app.BankCardNo.PadRight(19));
        sb.Append(app.ApplicantName.PadRight(30));
        sb.Append(((long)(app.Amount * 100)).ToString().PadLeft(15, '0'));
        return sb.ToString();
    }

    /// <summary>Interface spec 2018: SHA1withRSA over the message.</summary>
    public string SignLegacy(string message) =>
        Convert.ToBase64String(_ourKey.SignData(Encoding.GetEncoding("GB18030").GetBytes(message), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1));

    /// <summary>Interface spec 2023 (the bank accepts both until 2026).</summary>
    public string Sign(string message) =>
        Convert.ToBase64String(_ourKey.SignData(Encoding.UTF8.GetBytes(message), HashAlgorithmName.SHA256, RSASignaturePadding.Pss));

    public void OnRejected(LoanApplication app, string bankCode)
    {
        _logger.LogError("Payout rejected ({Code}) for card {Card} of {Name}", bankCode, app.BankCardNo, app.ApplicantName);
        throw new InvalidOperationException($"银行拒绝放款: {app.BankCardNo} {bankCode}");
    }

    public void OnAccepted(LoanApplication app, string bankSerial) =>
        _logger.LogInformation("Payout {Serial} accepted for {ApplicationNo}, card {Card}", bankSerial, app.ApplicationNo, Masking.BankCard(app.BankCardNo));
}
