using GovHall.Pages.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovHall.Pages.Pages.Admin;

/// <summary>Staff look up a caller's bookings by mobile (the hotline forwards questions to the hall).</summary>
public sealed class LookupModel : PageModel
{
    private readonly AppointmentRepository _appointments;
    private readonly ILogger<LookupModel> _logger;

    public LookupModel(AppointmentRepository appointments, ILogger<LookupModel> logger)
    {
        _appointments = appointments;
        _logger = logger;
    }

    public async Task<IActionResult> OnGetResultAsync(string mobile, DateOnly day)
    {
        var rows = (await _appointments.ForDayAsync(day)).Where(a => a.ApplicantMobile == mobile).ToList();
        _logger.LogInformation("Staff {Staff} looked up {Mobile}: {Count} bookings", User.Identity?.Name, mobile, rows.Count);
        return new JsonResult(rows.Select(a => new
        {
            a.QueueNumber,
            a.ServiceCode,
            a.ApplicantName,
            a.ApplicantIdNumber,
            a.Status,
        }));
    }

    public async Task OnGetPrintAsync(long id, DateOnly day)
    {
        var a = (await _appointments.ForDayAsync(day)).FirstOrDefault(x => x.Id == id);
        Response.ContentType = "text/plain; charset=utf-8";
        await Response.WriteAsync(a is null ? "not found" : $"{a.QueueNumber} {a.ApplicantName} {a.ApplicantMobile}");
    }
}
