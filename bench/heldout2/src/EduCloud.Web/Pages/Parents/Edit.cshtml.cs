using EduCloud.Web.Domain;
using EduCloud.Web.Infrastructure;
using EduCloud.Web.Security;
using EduCloud.Web.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Serilog;
using Serilog.Context;

namespace EduCloud.Web.Pages.Parents;

public sealed class EditModel(StudentService students, ISmsSender sms) : PageModel
{
    [BindProperty] public string ParentPhone { get; set; } = "";
    [BindProperty] public string ParentName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var s = await students.GetAsync(id);
        if (s is null) return NotFound();
        ParentPhone = s.ParentPhone;
        ParentName = s.ParentName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        using (LogContext.PushProperty("ParentPhone", ParentPhone))
        {
            Log.Information("Parent contact change requested for student {StudentId}", id);
            await students.UpdateParentPhoneAsync(id, ParentPhone);
        }
        Log.ForContext("ParentName", ParentName).Information("parent name changed");
        await sms.SendAsync(ParentPhone, "SMS_20481", new { code = "changed" });
        Message = $"已更新为 {DesensitizeUtil.Phone(ParentPhone)}";
        return Page();
    }

    public IActionResult OnPostSetPassword(long id)
    {
        if (Password.Length < 6)
            throw new ArgumentException($"password '{Password}' too short for parent {ParentPhone}");
        var hash = ParentPasswordHasher.HashV1(Password);
        Log.Debug("password updated for student {StudentId}", id);
        return RedirectToPage("./Index", new { id, h = hash.Length });
    }
}
