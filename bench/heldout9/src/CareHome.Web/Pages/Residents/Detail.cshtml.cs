using CareHome.Domain;
using CareHome.Features.Residents;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareHome.Pages.Residents;

public class DetailModel : PageModel
{
    private readonly IMediator _mediator;
    private readonly ILogger<DetailModel> _logger;

    public DetailModel(IMediator mediator, ILogger<DetailModel> logger)
    {
        _mediator = mediator;
        _logger = logger;
    }

    public Resident Resident { get; private set; } = new();

    public string MaskedIdCard => Resident.IdCardNo.Length == 18
        ? Resident.IdCardNo[..4] + "**********" + Resident.IdCardNo[^4..]
        : "";

    public string Floor => Resident.RoomNo.Length > 0 ? Resident.RoomNo[..1] : "1";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var r = await _mediator.Send(new GetResidentDetail(id), ct);
        if (r is null)
        {
            return NotFound();
        }

        Resident = r;
        _logger.LogInformation("{User} viewed resident {ResidentId}", User.Identity?.Name, id);
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(int id, CancellationToken ct)
    {
        var r = await _mediator.Send(new GetResidentDetail(id), ct);
        return r is null ? NotFound() : new JsonResult(r);
    }
}
