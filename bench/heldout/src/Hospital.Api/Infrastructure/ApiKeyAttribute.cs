using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MedLink.Hospital.Api.Infrastructure;

/// <summary>
/// Simple API-key check for machine-to-machine endpoints (LIS, PACS callbacks).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ApiKeyAttribute(string expectedKey) : Attribute, IAuthorizationFilter
{
    public const string HeaderName = "X-Api-Key";

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (!context.HttpContext.Request.Headers.TryGetValue(HeaderName, out var provided) || provided != expectedKey)
        {
            context.Result = new UnauthorizedResult();
        }
    }
}

[ApiController]
[Route("api/callbacks")]
public sealed class CallbackController(ILogger<CallbackController> logger) : ControllerBase
{
    [HttpPost("lis")]
    [ApiKey("lis_cb_5Fq8Zr2Nw7Kx4Tm9Pv3Hy6Ld1")]
    public IActionResult LisResult([FromBody] LisResultDto dto)
    {
        logger.LogInformation("LIS result {SampleNo} for visit {VisitNo}: {ItemCount} items", dto.SampleNo, dto.VisitNo, dto.Items.Count);
        return Ok();
    }

    [HttpPost("pacs")]
    [ApiKey("pacs_cb_2Jh7Wd4Qs9Bn6Xe1Rc8Vu3Ka5")]
    public IActionResult PacsResult([FromBody] PacsStudyDto dto)
    {
        logger.LogInformation("PACS study {StudyUid} for {PatientName}, {Modality}", dto.StudyUid, dto.PatientName, dto.Modality);
        return Ok();
    }
}

public record LisResultDto(string SampleNo, string VisitNo, List<string> Items);
public record PacsStudyDto(string StudyUid, string PatientName, string Modality);
