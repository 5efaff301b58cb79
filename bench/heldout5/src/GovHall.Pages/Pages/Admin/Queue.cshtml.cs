using GovHall.Pages.Data;
using GovHall.Pages.Models;
using GovHall.Pages.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovHall.Pages.Pages.Admin;

public sealed class QueueModel : PageModel
{
    private readonly AppointmentRepository _appointments;
    private readonly AuditTrail _audit;
    private readonly ILogger<QueueModel> _logger;

    public QueueModel(AppointmentRepository appointments, AuditTrail audit, ILogger<QueueModel> logger)
    {
        _appointments = appointments;
        _audit = audit;
        _logger = logger;
    }

    public DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.Today);
    public IReadOnlyList<Appointment> Appointments { get; private set; } = Array.Empty<Appointment>();

    [BindProperty(SupportsGet = true)]
    public int Window { get; set; } = 1;

    public string MaskName(string name) => name.Length <= 1 ? name : name[0] + new string('*', name.Length - 1);

    public async Task OnGetAsync() => Appointments = await _appointments.ForDayAsync(Today);

    public async Task<IActionResult> OnPostCallAsync(long id)
    {
        var a = (await _appointments.ForDayAsync(Today)).FirstOrDefault(x => x.Id == id);
        if (a is null)
        {
            return NotFound();
        }

        await _appointments.UpdateStatusAsync(id, AppointmentStatus.Called, Window);
        _audit.Record(User.Identity!.Name!, "call", id);
        HallLog.Called(_logger, a.QueueNumber, Window);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCheckInAsync(long id)
    {
        var a = (await _appointments.ForDayAsync(Today)).FirstOrDefault(x => x.Id == id);
        if (a is null)
        {
            return NotFound();
        }

        await _appointments.UpdateStatusAsync(id, AppointmentStatus.CheckedIn, Window);
        _audit.Record(User.Identity!.Name!, "check-in", id);
        HallLog.CheckedIn(_logger, a.ApplicantName, a.ApplicantIdNumber, Window);
        return RedirectToPage();
    }

    /// <summary>The window's ID-card reader posts here to find today's booking of the person in front of it.</summary>
    public async Task<IActionResult> OnGetByIdCardAsync(string idNumber)
    {
        var a = (await _appointments.ForDayAsync(Today)).FirstOrDefault(x => x.ApplicantIdNumber == idNumber);
        return a is null ? NotFound() : new JsonResult(a);
    }
}
