using System.Text;
using GovHall.Pages.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovHall.Pages.Pages.Admin;

/// <summary>Daily statistics for the hall management office, and the no-show list for the credit office.</summary>
public sealed class ExportModel : PageModel
{
    private readonly AppointmentRepository _appointments;
    private readonly ILogger<ExportModel> _logger;

    public ExportModel(AppointmentRepository appointments, ILogger<ExportModel> logger)
    {
        _appointments = appointments;
        _logger = logger;
    }

    public async Task<IActionResult> OnGetStatisticsAsync(DateOnly day)
    {
        var rows = await _appointments.ForDayAsync(day);
        var csv = new StringBuilder("service,booked,served,no_show\n");
        foreach (var g in rows.GroupBy(r => r.ServiceCode).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            csv.Append(g.Key).Append(',').Append(g.Count()).Append(',')
                .Append(g.Count(a => a.Status == Models.AppointmentStatus.Served)).Append(',')
                .Append(g.Count(a => a.Status == Models.AppointmentStatus.NoShow)).Append('\n');
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", $"stats-{day:yyyyMMdd}.csv");
    }

    public async Task<IActionResult> OnGetNoShowsAsync(DateOnly day)
    {
        var rows = (await _appointments.ForDayAsync(day)).Where(r => r.Status == Models.AppointmentStatus.NoShow).ToList();
        var path = Path.Combine("/var/govhall/exports", $"noshow-{day:yyyyMMdd}.csv");
        await using (var writer = new StreamWriter(path, append: false, Encoding.UTF8))
        {
            await writer.WriteLineAsync("name,id_number,mobile,service");
            foreach (var r in rows)
            {
                await writer.WriteLineAsync($"{r.ApplicantName},{r.ApplicantIdNumber},{r.ApplicantMobile},{r.ServiceCode}");
            }
        }

        _logger.LogInformation("No-show list for {Day}: {Count} rows at {Path}", day, rows.Count, path);
        return PhysicalFile(path, "text/csv");
    }
}
