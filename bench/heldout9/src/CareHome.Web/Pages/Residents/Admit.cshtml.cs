using CareHome.Domain;
using CareHome.Features.Residents;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CareHome.Pages.Residents;

public class AdmitModel : PageModel
{
    private readonly IMediator _mediator;
    private readonly ILogger<AdmitModel> _logger;

    public AdmitModel(IMediator mediator, ILogger<AdmitModel> logger)
    {
        _mediator = mediator;
        _logger = logger;
    }

    [BindProperty]
    public AdmitInput Input { get; set; } = new();

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var result = await _mediator.Send(new AdmitResident(
                Input.Name, Input.IdCardNo, Input.Phone, Input.HomeAddress, Input.RoomNo, Input.Level,
                Input.Diagnoses, Input.Allergies, Input.MedicareCardNo,
                Input.GuardianName, Input.GuardianRelation, Input.GuardianPhone), ct);
            if (!result.Ok)
            {
                Error = result.Error;
                return Page();
            }
            return RedirectToPage("Detail", new { id = result.ResidentId });
        }
        catch (ValidationException ex)
        {
            Error = string.Join("；", ex.Errors.Select(e => e.ErrorMessage));
            _logger.LogInformation("Admission form rejected: {Errors}", Error);
            return Page();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Admission failed for {Name}, ID {IdCardNo}, guardian {GuardianPhone}", Input.Name, Input.IdCardNo, Input.GuardianPhone);
            Error = "系统繁忙，请稍后再试";
            return Page();
        }
    }

    public sealed class AdmitInput
    {
        public string Name { get; set; } = "";
        public string IdCardNo { get; set; } = "";
        public string Phone { get; set; } = "";
        public string HomeAddress { get; set; } = "";
        public string RoomNo { get; set; } = "";
        public CareLevel Level { get; set; } = CareLevel.Assisted;
        public string Diagnoses { get; set; } = "";
        public string Allergies { get; set; } = "";
        public string MedicareCardNo { get; set; } = "";
        public string GuardianName { get; set; } = "";
        public string GuardianRelation { get; set; } = "";
        public string GuardianPhone { get; set; } = "";
    }
}
