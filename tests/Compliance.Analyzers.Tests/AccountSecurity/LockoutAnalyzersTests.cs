namespace Compliance.Analyzers.Tests.AccountSecurity;

using Compliance.Analyzers.AccountSecurity;
using Compliance.Analyzers.CodeFixes.AccountSecurity;
using Microsoft.CodeAnalysis.Testing;
using LockoutVerify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.AccountSecurity.LockoutOptionsAnalyzer>;
using SignInVerify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.AccountSecurity.SignInWithoutLockoutAnalyzer>;

public class LockoutAnalyzersTests
{
    [Fact]
    public Task Lockout_options_above_the_policy_are_reported_and_within_it_observed() => LockoutVerify.VerifyAsync("""
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.DependencyInjection;

        static class IdentitySetup
        {
            public static void Weak(IServiceCollection services) => services.Configure<IdentityOptions>(options =>
            {
                {|#0:options.Lockout.MaxFailedAccessAttempts = 10|};
                {|#1:options.Lockout.AllowedForNewUsers = false|};
            });

            public static void Strong(IServiceCollection services) => services.Configure<IdentityOptions>(options =>
            {
                {|#2:options.Lockout.MaxFailedAccessAttempts = 5|};
                options.Lockout.AllowedForNewUsers = true;
            });

            public static LockoutOptions Object() => new LockoutOptions { {|CMP4101:MaxFailedAccessAttempts = 0|} };
        }
        """,
        new DiagnosticResult(AccountSecurityDescriptors.LockoutWeak).WithLocation(0).WithArguments(AccountSecurityDescriptors.Reason("CMP4101_MaxAttempts", "10", "5")),
        new DiagnosticResult(AccountSecurityDescriptors.LockoutWeak).WithLocation(1).WithArguments(AccountSecurityDescriptors.Reason("CMP4101_NewUsers")),
        new DiagnosticResult(AccountSecurityDescriptors.LockoutObserved).WithLocation(2).WithArguments(AccountSecurityDescriptors.Reason("CMP4190_MaxAttempts", "5", "5")));

    private const string SiteOverride = """
        using System;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.Extensions.DependencyInjection;

        static class IdentitySetup
        {
            // oqtane: a pre-default, then per-site options computed from the site's settings
            public static void Defaults(IServiceCollection services) => services.Configure<IdentityOptions>(options =>
            {
                {|#0:options.Lockout.AllowedForNewUsers = false|};
            });

            public static void PerSite(IdentityOptions options, Func<string, string> setting)
            {
                options.Lockout.MaxFailedAccessAttempts = int.Parse(setting("MaxFailedAccessAttempts"));
                options.Lockout.AllowedForNewUsers = options.Lockout.MaxFailedAccessAttempts > 0;
            }
        }

        class Unrelated { public bool AllowedForNewUsers { get; set; } void M(bool b) { AllowedForNewUsers = b; } }
        """;

    [Fact]
    public Task AllowedForNewUsers_false_that_another_assignment_recomputes_names_that_assignment() => LockoutVerify.VerifyAsync(SiteOverride,
        new DiagnosticResult(AccountSecurityDescriptors.LockoutWeak).WithLocation(0)
            .WithArguments(AccountSecurityDescriptors.Reason("CMP4101_NewUsersComputedElsewhere", "Test0.cs line 16")));

    [Fact]
    public async Task AllowedForNewUsers_false_that_another_assignment_recomputes_is_low_precision()
    {
        var diagnostics = await Compliance.Analyzers.Tests.Hashing.HashingHarness.RunAsync<LockoutOptionsAnalyzer>(
            SiteOverride.Replace("{|#0:", "").Replace("|}", ""));
        var weak = Assert.Single(diagnostics, d => d.Id == "CMP4101");
        Assert.Equal("low", weak.Properties["compliance.precision"]);
    }

    private const string LoginController = """
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;

        public class AccountController : Controller
        {
            private readonly SignInManager<IdentityUser> _signIn;
            public AccountController(SignInManager<IdentityUser> signIn) => _signIn = signIn;

            public async Task<IActionResult> Login(string userName, string password, bool remember)
            {
                var result = await _signIn.PasswordSignInAsync(userName, password, remember, lockoutOnFailure: [|false|]);
                return result.Succeeded ? Redirect("/") : View();
            }

            public async Task<bool> Api(IdentityUser user, string password) =>
                (await _signIn.CheckPasswordSignInAsync(user, password, [|false|])).Succeeded;
        }
        """;

    [Fact]
    public Task Sign_in_without_lockout_is_reported_at_the_false_argument()
    {
        var test = new SignInVerify { TestCode = LoginController.Replace("[|", "{|CMP4102:") };
        return test.RunAsync();
    }

    [Fact]
    public Task Sign_in_with_lockout_is_observed_and_a_variable_is_not_judged() => SignInVerify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;

        public class LoginService(SignInManager<IdentityUser> signIn, bool lockoutFromSettings)
        {
            public Task<SignInResult> Login(string user, string password) =>
                signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: {|CMP4190:true|});

            public Task<SignInResult> Configured(string user, string password) =>
                signIn.PasswordSignInAsync(user, password, false, lockoutFromSettings);
        }
        """);

    [Fact]
    public Task Code_fix_passes_true() => CodeFixTest<SignInWithoutLockoutAnalyzer, SignInLockoutCodeFixProvider>.VerifyAsync(
        LoginController.Replace("[|", "{|CMP4102:"),
        LoginController.Replace("[|false|]", "{|CMP4190:true|}"));

    [Fact]
    public Task Broken_code_does_not_throw() => SignInVerify.VerifyBrokenAsync("""
        using Microsoft.AspNetCore.Identity;

        class Broken
        {
            SignInManager<IdentityUser> s;
            async void M() { await s.PasswordSignInAsync("u", "p", false, lockoutOnFailure: false, extra: 1); await s.PasswordSignInAsync(; }
            async void K() { await s.PasswordSignInAsync("u", "p", false, {|CMP4102:false|}) }
            void N() { new LockoutOptions { MaxFailedAccessAttempts = "ten" }; }
        """);
}
