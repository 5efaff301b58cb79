using MedLink.Hospital.Api.Models;
using MedLink.Hospital.Api.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MedLink.Hospital.Api.Controllers;

[ApiController]
[Route("api/prescriptions")]
[Authorize(Roles = "Doctor,Pharmacist")]
public class PrescriptionController(PrescriptionService service, ILogger<PrescriptionController> logger) : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Create(CreatePrescriptionRequest request)
    {
        var rx = await service.CreateAsync(request);
        logger.LogInformation("Prescription {Id} created, {Count} items", rx.Id, rx.Items.Count);
        return Ok(new { rx.Id, rx.PrescriptionNo, rx.Status });
    }

    [HttpPost("{id:long}/dispense")]
    public async Task<IActionResult> Dispense(long id)
    {
        await service.DispenseAsync(id, User.Identity!.Name!);
        return NoContent();
    }

    [HttpGet("export")]
    [Authorize(Roles = "Admin")]
    public async Task<IActionResult> Export([FromQuery] DateTime day)
    {
        var path = await service.ExportDailyAsync(day, Path.GetTempPath());
        return PhysicalFile(path, "text/csv", Path.GetFileName(path));
    }
}
