using System.Text.Json;
using Dapper;
using Donate.Contracts;
using Donate.Services;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Donate.Functions;

/// <summary>Donor service desk: receipt re-issue requests, refunds, offline bank-transfer donations.</summary>
public sealed class DonorServiceFunctions
{
    private readonly string _cs;
    private readonly IPublishEndpoint _bus;
    private readonly ILogger<DonorServiceFunctions> _logger;

    public DonorServiceFunctions(IConfiguration config, IPublishEndpoint bus, ILogger<DonorServiceFunctions> logger)
    {
        _cs = config["DonateDb"]!;
        _bus = bus;
        _logger = logger;
    }

    public sealed record ReissueRequest(long DonationId, string DonorName, string IdCardNo, string Mobile, string Reason);

    [Function("ReissueReceipt")]
    public async Task<IActionResult> Reissue([HttpTrigger(AuthorizationLevel.Function, "post", Route = "service/receipts/reissue")] HttpRequest req)
    {
        var body = await JsonSerializer.DeserializeAsync<ReissueRequest>(req.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        if (body is null) return new BadRequestResult();

        using (_logger.BeginScope(new Dictionary<string, object>
        {
            ["DonationId"] = body.DonationId,
            ["DonorIdCardNo"] = body.IdCardNo,
        }))
        {
            await using var c = new SqlConnection(_cs);
            var amount = await c.ExecuteScalarAsync<long?>("SELECT amount_cents FROM donation WHERE id = @DonationId AND status = 'paid'", new { body.DonationId });
            if (amount is null)
            {
                _logger.LogWarning("Reissue for a donation that is not paid");
                return new NotFoundObjectResult(new ProblemDetails { Title = "捐赠记录不存在", Detail = $"捐赠 {body.DonationId} 未支付或不存在" });
            }

            await _bus.Publish(new ReceiptRequested(body.DonationId, body.DonorName, body.IdCardNo, amount.Value));
            _logger.LogInformation("Receipt reissue queued, reason {Reason}", body.Reason);
            return new AcceptedResult();
        }
    }

    public sealed record OfflineTransfer(string BankSerialNo, string PayerName, string PayerAccount, decimal Amount, DateTime At, long ProjectId);

    [Function("ImportOfflineTransfers")]
    public async Task<IActionResult> ImportOffline([HttpTrigger(AuthorizationLevel.Function, "post", Route = "service/offline-transfers")] HttpRequest req)
    {
        var rows = await JsonSerializer.DeserializeAsync<List<OfflineTransfer>>(req.Body, new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? new();
        var imported = 0;
        await using var c = new SqlConnection(_cs);
        foreach (var r in rows)
        {
            var id = OfflineDonationIds.For(r.BankSerialNo);
            try
            {
                await c.ExecuteAsync(
                    "INSERT INTO offline_donation (id, payer_name, payer_account, amount_cents, paid_at, project_id) VALUES (@id, @PayerName, @PayerAccount, @cents, @At, @ProjectId)",
                    new { id, r.PayerName, r.PayerAccount, cents = (long)(r.Amount * 100), r.At, r.ProjectId });
                imported++;
            }
            catch (SqlException ex) when (ex.Number == 2627)
            {
                // already imported
            }
            catch (SqlException ex)
            {
                return new ObjectResult(new ProblemDetails { Title = "导入失败", Detail = $"{r.PayerName} ({r.PayerAccount}): {ex.Message}" }) { StatusCode = 500 };
            }
        }

        _logger.LogInformation("Imported {Imported} of {Total} offline transfers", imported, rows.Count);
        return new OkObjectResult(new { imported });
    }
}
