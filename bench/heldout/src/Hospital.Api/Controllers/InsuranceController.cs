using MedLink.Hospital.Api.Models;
using MedLink.Hospital.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MedLink.Hospital.Api.Controllers;

[ApiController]
[Route("api/insurance")]
[Authorize]
public class InsuranceController : ControllerBase
{
    private readonly InsuranceGatewayClient _client;
    private readonly ILogger<InsuranceController> _logger;

    public InsuranceController(InsuranceGatewayClient client, ILogger<InsuranceController> logger)
    {
        _client = client;
        _logger = logger;
    }

    [HttpPost("settle")]
    public async Task<IActionResult> Settle([FromBody] InsuranceSettlementRequest request)
    {
        using (_logger.BeginScope(new Dictionary<string, object>
        {
            ["VisitNo"] = request.VisitNo,
            ["InsuranceNo"] = request.InsuranceNo,
        }))
        {
            try
            {
                var result = await _client.SettleAsync(request);
                return Ok(result);
            }
            catch (InsuranceException ex)
            {
                _logger.LogError(ex, "Settlement failed for visit {VisitNo}, code {ErrorCode}", request.VisitNo, ex.ErrorCode);
                return Problem(detail: ex.Message, statusCode: 502);
            }
        }
    }

    [HttpGet("insured")]
    public async Task<IActionResult> QueryInsured([FromQuery] string idCardNo, [FromQuery] string name)
    {
        _logger.LogInformation("Query insured person {Name} {IdCardNo}", name, idCardNo);
        var raw = await _client.QueryInsuredPersonAsync(idCardNo, name);
        return Content(raw, "application/json");
    }
}
