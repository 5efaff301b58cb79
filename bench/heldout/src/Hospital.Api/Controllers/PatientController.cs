using MedLink.Hospital.Api.Data;
using MedLink.Hospital.Api.Models;
using MedLink.Hospital.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MedLink.Hospital.Api.Controllers;

[ApiController]
[Route("api/patients")]
[Authorize]
public class PatientController : ControllerBase
{
    private readonly PatientService _service;
    private readonly PatientRepository _repository;
    private readonly ILogger<PatientController> _logger;

    public PatientController(PatientService service, PatientRepository repository, ILogger<PatientController> logger)
    {
        _service = service;
        _repository = repository;
        _logger = logger;
    }

    [HttpPost]
    public async Task<IActionResult> Register([FromBody] RegisterPatientRequest request)
    {
        var patient = await _service.RegisterAsync(request);
        return CreatedAtAction(nameof(GetSummary), new { id = patient.Id }, new { patient.Id, patient.MedicalRecordNo });
    }

    [HttpGet("{id:long}/summary")]
    public async Task<ActionResult<PatientSummaryDto>> GetSummary(long id)
    {
        var dto = await _service.GetSummaryAsync(id);
        return dto is null ? NotFound() : Ok(dto);
    }

    [HttpGet("{id:long}")]
    public async Task<ActionResult<Patient>> Get(long id)
    {
        var patient = await _repository.GetAsync(id);
        if (patient == null) return NotFound();
        return Ok(patient);
    }

    [HttpGet("by-idcard/{idCardNo}")]
    public async Task<IActionResult> GetByIdCard(string idCardNo)
    {
        var patient = await _repository.FindByIdCardAsync(idCardNo);
        if (patient == null)
        {
            return NotFound(new { message = $"未找到身份证号为 {idCardNo} 的患者" });
        }
        return Ok(new
        {
            patient.Id,
            patient.Name,
            patient.Mobile,
            patient.HomeAddress,
            patient.MedicalRecordNo,
        });
    }

    [HttpGet]
    public async Task<IActionResult> Search([FromQuery] string keyword, [FromQuery] int page = 1, [FromQuery] int size = 20)
    {
        var list = await _repository.SearchAsync(keyword, page, size);
        _logger.LogInformation("Search '{Keyword}' by {User}", keyword, User.Identity?.Name);
        return Ok(list.Select(p => new PatientSummaryDto(p.Id, Common.Infrastructure.Masking.DesensitizeHelper.MaskName(p.Name),
            Common.Infrastructure.Masking.DesensitizeHelper.MaskPhone(p.Mobile), p.MedicalRecordNo, 0)));
    }

    [HttpPut("{id:long}/mobile")]
    public async Task<IActionResult> ChangeMobile(long id, [FromBody] string mobile)
    {
        await _service.ChangeMobileAsync(id, mobile);
        return NoContent();
    }
}
