using System.Security.Claims;
using CareHome.Data;
using CareHome.Logging;
using CareHome.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CareHome.Pages.Account;

public class LoginModel : PageModel
{
    private readonly CareDbContext _db;
    private readonly StaffPasswordHasher _hasher;
    private readonly ILogger<LoginModel> _logger;

    public LoginModel(CareDbContext db, StaffPasswordHasher hasher, ILogger<LoginModel> logger)
    {
        _db = db;
        _hasher = hasher;
        _logger = logger;
    }

    [BindProperty] public string LoginName { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";
    public bool Failed { get; private set; }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var staff = await _db.Caregivers.FirstOrDefaultAsync(c => c.LoginName == LoginName);
        if (staff is null || !_hasher.Verify(Password, staff.PasswordHash))
        {
            _logger.LoginFailed(LoginName);
            Failed = true;
            return Page();
        }

        if (_hasher.NeedsRehash(staff.PasswordHash))
        {
            staff.PasswordHash = _hasher.Hash(Password);
            await _db.SaveChangesAsync();
        }

        var identity = new ClaimsIdentity(new[]
        {
            new Claim(ClaimTypes.NameIdentifier, staff.Id.ToString()),
            new Claim(ClaimTypes.Name, staff.Name),
            new Claim(ClaimTypes.Role, staff.Role),
            new Claim("kind", "staff"),
        }, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(new ClaimsPrincipal(identity));
        _logger.LogInformation("Staff signed in: {@Staff}", staff);
        return LocalRedirect(returnUrl ?? "/Residents");
    }
}
