using Microsoft.AspNetCore.Components;
using SchoolHome.Portal.Data;
using SchoolHome.Portal.Services;

namespace SchoolHome.Portal.Components.Pages;

/// <summary>Code-behind of the enrolment form (新生报名) used by the admissions office.</summary>
public partial class Enrol : ComponentBase
{
    [Inject] private StudentService Students { get; set; } = default!;
    [Inject] private ILogger<Enrol> Logger { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;

    protected Student Model { get; } = new() { BirthDate = new DateOnly(2019, 9, 1) };
    protected Guardian FirstGuardian { get; } = new() { Relation = "母亲" };
    protected string? Error { get; private set; }

    protected void Submit()
    {
        var age = StudentService.EntryAge(Model.BirthDate, DateTime.Today.Year);
        if (age < 6)
        {
            Error = "未满入学年龄";
            Logger.LogInformation("Enrolment refused: age {Age}", age);
            return;
        }
        try
        {
            Model.Guardians.Add(FirstGuardian);
            Students.Enrol(Model);
            Nav.NavigateTo($"/students/{Model.Id}");
        }
        catch (InvalidOperationException ex)
        {
            Error = ex.Message;
            Logger.LogError(ex, "Enrolment failed for {Name}, guardian {Guardian} {Mobile}", Model.Name, FirstGuardian.Name, FirstGuardian.Mobile);
        }
    }
}
