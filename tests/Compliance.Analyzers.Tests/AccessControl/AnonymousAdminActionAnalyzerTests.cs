namespace Compliance.Analyzers.Tests.AccessControl;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.AccessControl.AnonymousAdminActionAnalyzer>;

public class AnonymousAdminActionAnalyzerTests
{
    [Fact]
    public Task Allow_anonymous_on_an_admin_controller_action_is_reported_at_the_attribute() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        [Authorize(Roles = "Admin,Ops")]
        public class UsersAdminController : Controller
        {
            public IActionResult Index() => View();

            [{|CMP4002:AllowAnonymous|}]
            public IActionResult Export() => File(new byte[0], "text/csv");
        }

        [Authorize(Policy = "RequireAdministrator")]
        public abstract class AdminBase : ControllerBase { }

        public class AuditController : AdminBase
        {
            [HttpGet, {|CMP4002:AllowAnonymous|}]
            public string Health() => "ok";
        }

        [Authorize]
        public class AccountController : Controller
        {
            [AllowAnonymous]
            public IActionResult Login() => View();
        }
        """);

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyBrokenAsync("""
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;

        [Authorize(Roles = )]
        public class AdminController : Controller
        {
            [AllowAnonymous(]
            public IActionResult X() => View(
        }
        """);
}
