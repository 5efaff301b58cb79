using GovHall.Pages.Data;
using GovHall.Pages.Models;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovHall.Pages.Pages.Appointments;

public sealed class MineModel : PageModel
{
    private readonly AppointmentRepository _appointments;

    public MineModel(AppointmentRepository appointments) => _appointments = appointments;

    public IReadOnlyList<AppointmentSummary> Appointments { get; private set; } = Array.Empty<AppointmentSummary>();

    public async Task OnGetAsync()
    {
        var idNumber = User.FindFirst("id_number")?.Value;
        if (idNumber is null)
        {
            return;
        }

        Appointments = await _appointments.MineAsync(idNumber);
    }
}
