using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using PayGate.Callback.Filters;
using PayGate.Callback.Models;

namespace PayGate.Callback.Controllers;

[ApiController]
[Route("api/merchants")]
public sealed class MerchantController(ILogger<MerchantController> logger, IConfiguration config) : ControllerBase
{
    private const string AdminApiKey = "pgk_live_W58UogUUx20g66m8vXRyFRVF6PROzSB";
    private const string ApiKeyHeader = "X-PayGate-Key";
    private const string MerchantSecretConfigKey = "Merchants:Secret";

    [HttpPost("{merchantId}/rotate")]
    public IActionResult Rotate(string merchantId, [FromHeader(Name = ApiKeyHeader)] string? key)
    {
        if (key != AdminApiKey) return Unauthorized();
        var newSecret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        logger.LogInformation("merchant {MerchantId} secret rotated", merchantId);
        return Ok(new MerchantKeyInfo(merchantId, DateTime.UtcNow.ToString("yyyyMMdd"), "kv://merchants/" + merchantId));
    }

    [HttpPost("{merchantId}/verify-payer")]
    public IActionResult VerifyPayer(string merchantId, [FromBody] PayOrder order)
    {
        if (order.PayerName is null || order.PayerIdNo is null) return BadRequest();
        if (!order.PayerIdNo.EndsWith("X") && order.PayerIdNo.Length != 18)
            throw new PayerMismatchException(order.PayerName, order.PayerIdNo);
        return Ok(new { matched = true });
    }

    [HttpGet("{merchantId}/webhook-secret")]
    public IActionResult WebhookSecret(string merchantId)
    {
        var secret = config[MerchantSecretConfigKey];
        var fp = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret ?? "")))[..8];
        return Ok(new { merchantId, fingerprint = fp });
    }

    [HttpPost("{merchantId}/operators")]
    public IActionResult AddOperator(string merchantId, [FromBody] OperatorInput input)
    {
        var pwd = Convert.ToBase64String(SHA512.HashData(Encoding.UTF8.GetBytes(input.Password)));
        logger.LogInformation("operator {Login} added to {MerchantId} with mobile {Mobile}", input.Login, merchantId, input.Mobile);
        return Ok(new { input.Login, pwdLen = pwd.Length });
    }

    public sealed record OperatorInput(string Login, string Password, string Mobile);
}
