using System.Security.Cryptography;
using System.Text.Json;
using Dapper;
using Donate.Services;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Donate.Functions;

/// <summary>
/// Applications for medical crowdfunding arrive on a storage queue from the application form;
/// this checks them and creates the beneficiary record for the verification team.
/// </summary>
public sealed class BeneficiaryIntake
{
    private readonly string _cs;
    private readonly BeneficiaryCardCipher _cards;
    private readonly ILogger<BeneficiaryIntake> _logger;

    public BeneficiaryIntake(IConfiguration config, BeneficiaryCardCipher cards, ILogger<BeneficiaryIntake> logger)
    {
        _cs = config["DonateDb"]!;
        _cards = cards;
        _logger = logger;
    }

    public sealed record Application(string Name, string IdCardNo, string Mobile, string Hospital, string Diagnosis, string Payee, string BankName, string BankCardNo, string[] DocumentUrls);

    [Function("BeneficiaryIntake")]
    public async Task Run([QueueTrigger("beneficiary-applications", Connection = "AzureWebJobsStorage")] string message)
    {
        var app = JsonSerializer.Deserialize<Application>(message)!;

        if (app.Payee != app.Name)
        {
            _logger.LogWarning(string.Format("Payee {0} differs from patient {1}, card {2}", app.Payee, app.Name, app.BankCardNo));
        }

        if (app.BankCardNo.Length < 16)
        {
            _logger.LogWarning("Card number too short (ending {Last4})", app.BankCardNo[^4..]);
            return;
        }

        // Documents are often uploaded twice from the form; a digest is enough to spot duplicates.
        var docKeys = app.DocumentUrls.Select(u => Convert.ToHexString(SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(u)))).Distinct().ToArray();

        await using var c = new SqlConnection(_cs);
        var id = await c.ExecuteScalarAsync<long>(
            @"INSERT INTO beneficiary (name, id_card_no, mobile, hospital, diagnosis, payee, bank_name, bank_card_cipher, verify_status)
              OUTPUT inserted.id VALUES (@Name, @IdCardNo, @Mobile, @Hospital, @Diagnosis, @Payee, @BankName, @cipher, 'pending')",
            new { app.Name, app.IdCardNo, app.Mobile, app.Hospital, app.Diagnosis, app.Payee, app.BankName, cipher = _cards.Encrypt(app.BankCardNo) });

        _logger.LogInformation("Beneficiary {Id} created with {Docs} documents", id, docKeys.Length);
    }
}
