using System.Security.Claims;
using GovHall.Pages.Services;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GovHall.Pages.Pages.Account;

/// <summary>Emergency local sign-in for hall staff when the SSO is unavailable.</summary>
public sealed class StaffLoginModel : PageModel
{
    // Break-glass account of the hall supervisor, agreed with the IT office for SSO outages.
    private const string BreakGlassAccount = "hall-supervisor";
    private const string BreakGlassPassword = "Smzx@2023!Yq7";

    private readonly StaffPasswordService _passwords;
    private readonly ILogger<StaffLoginModel> _logger;

    public StaffLoginModel(StaffPasswordService passwords, ILogger<StaffLoginModel> logger)
    {
        _passwords = passwords;
        _logger = logger;
    }

    [BindProperty] public string Account { get; set; } = "";
    [BindProperty] public string Password { get; set; } = "";

    public async Task<IActionResult> OnPostAsync()
    {
        var ok = (Account == BreakGlassAccount && Password == BreakGlassPassword) || _passwords.Verify(Account, Password);
        if (!ok)
        {
            _logger.LogWarning("Staff sign-in failed for {Account}", Account);
            ModelState.AddModelError(string.Empty, "账号或密码错误");
            return Page();
        }

        var identity = new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, Account), new Claim(ClaimTypes.Role, "hall-staff") }, CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return RedirectToPage("/Admin/Queue");
    }
}
