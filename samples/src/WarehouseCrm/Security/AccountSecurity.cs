using Microsoft.AspNetCore.Identity;

namespace WarehouseCrm.Security;

/// <summary>
/// Staff accounts of the CRM (warehouse clerks, couriers' dispatchers). What the whitepaper's sections
/// 3.3 (remote sign-out) and 3.4 (account freeze) promise, configured as promised.
/// </summary>
public static class AccountSecurity
{
    public static IServiceCollection AddAccountSecurity(this IServiceCollection services)
    {
        services.Configure<IdentityOptions>(o =>
        {
            // 3.4: five wrong passwords freeze the account for 15 minutes, new accounts included.
            o.Lockout.MaxFailedAccessAttempts = 5;
            o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            o.Lockout.AllowedForNewUsers = true;
            o.Password.RequiredLength = 10;
        });
        // 3.3: every request re-checks the security stamp within a minute, so "sign out everywhere"
        // (a new stamp) ends the sessions on all devices almost at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        return services;
    }

    /// <summary>3.3 一键远程登出: a new security stamp invalidates every cookie and refresh of this user.</summary>
    public static Task<IdentityResult> SignOutEverywhereAsync(UserManager<IdentityUser> users, IdentityUser user) =>
        users.UpdateSecurityStampAsync(user);

    /// <summary>3.4 账号冻结: an administrator freezes an account until the investigation lifts it.</summary>
    public static Task<IdentityResult> FreezeAsync(UserManager<IdentityUser> users, IdentityUser user) =>
        users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
}
