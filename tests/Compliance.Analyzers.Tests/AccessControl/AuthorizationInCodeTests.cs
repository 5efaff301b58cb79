namespace Compliance.Analyzers.Tests.AccessControl;

using Compliance.Analyzers.AccessControl;
using Microsoft.CodeAnalysis.Testing;
using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.AccessControl.UnauthorizedPersonalDataEndpointAnalyzer>;

/// <summary>
/// Authorization that is not [Authorize]: a team's own filter attribute, an access check in the action's code, and a
/// form answered back to whoever sent it. Each beside an action that still returns someone's data to anyone.
/// </summary>
public class AuthorizationInCodeTests
{
    private const string Types = """

        public class MemberCard { public int Id { get; set; } public string HolderName { get; set; } = ""; public string Mobile { get; set; } = ""; public string IdNumber { get; set; } = ""; }
        public class RenewalForm { public int CardId { get; set; } public string Mobile { get; set; } = ""; public string Message { get; set; } = ""; }
        public interface ICards { Task<MemberCard> Find(int id); Task<bool> MayRead(int id); }
        """;

    [Fact]
    public Task Own_authorization_filter_attribute_access_check_in_code_and_echoed_form_are_observations() => Verify.VerifyAsync("""
        using System;
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.Filters;

        [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
        public class LibrarianOnlyAttribute : Attribute, IAsyncAuthorizationFilter
        {
            public Task OnAuthorizationAsync(AuthorizationFilterContext context) => Task.CompletedTask;
        }

        public class HeaderStampAttribute : Attribute, IActionFilter
        {
            public void OnActionExecuting(ActionExecutingContext context) { }
            public void OnActionExecuted(ActionExecutedContext context) { }
        }

        public class CardsController : Controller
        {
            private readonly ICards _cards = null!;

            [LibrarianOnly]
            public Task<MemberCard> {|#0:Card|}(int id) => _cards.Find(id);

            public async Task<ActionResult<MemberCard>> {|#1:Mine|}(int id)
            {
                if (!await _cards.MayRead(id)) return Forbid();
                return await _cards.Find(id);
            }

            [HttpPost]
            public ActionResult<RenewalForm> {|#2:Renew|}(RenewalForm form)
            {
                form.Message = "sent";
                return View(form);
            }

            [HeaderStamp]
            public Task<MemberCard> {|#3:Lookup|}(int id) => _cards.Find(id);

            [HttpPost]
            public async Task<ActionResult<MemberCard>> {|#4:ByForm|}(RenewalForm form) => await _cards.Find(form.CardId);
        }
        """ + Types,
        new DiagnosticResult(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(0)
            .WithArguments(AccessControlDescriptors.Reason("CMP4090_Message", "CardsController.Card", "HolderName, Mobile, IdNumber", "[Authorize]")),
        new DiagnosticResult(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(1)
            .WithArguments(AccessControlDescriptors.Reason("CMP4090_Message", "CardsController.Mine", "HolderName, Mobile, IdNumber", "an access check in the action: return Forbid()")),
        new DiagnosticResult(AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(2)
            .WithArguments(AccessControlDescriptors.Reason("CMP4090_Message", "CardsController.Renew", "Mobile", "the object the caller sent, returned to the caller")),
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(3)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", "CardsController.Lookup", "HolderName, Mobile, IdNumber")),
        new DiagnosticResult(AccessControlDescriptors.UnauthorizedPersonalDataEndpoint).WithLocation(4)
            .WithArguments(AccessControlDescriptors.Reason("CMP4001_NoAuthorization", "CardsController.ByForm", "HolderName, Mobile, IdNumber")));

    [Fact]
    public Task An_authorization_filter_whose_package_did_not_restore_still_counts()
    {
        // the attribute's interface is unbound (a scan with --untrusted or a failed restore): its name still says what it is
        var test = new Verify { CompilerDiagnostics = CompilerDiagnostics.None };
        test.TestCode = """
            using System;
            using System.Threading.Tasks;
            using Microsoft.AspNetCore.Mvc;

            public class LibrarianOnlyAttribute : Attribute, IAsyncAuthorizationFilter { }
            public class HeaderStampAttribute : Attribute, IAsyncResultFilter { }

            public class CardsController : Controller
            {
                private readonly ICards _cards = null!;

                [LibrarianOnly]
                public Task<MemberCard> {|CMP4090:Card|}(int id) => _cards.Find(id);

                [HeaderStamp]
                public Task<MemberCard> {|CMP4001:Lookup|}(int id) => _cards.Find(id);
            }
            """ + Types;
        return test.RunAsync();
    }

    [Fact]
    public Task An_authorization_filter_attribute_whose_Attribute_base_did_not_bind_still_counts()
    {
        // no `using System;`: a project with implicit usings scanned without its project file (--untrusted), so `: Attribute`
        // does not bind and the compiler drops the attribute from the method's attributes
        var test = new Verify { CompilerDiagnostics = CompilerDiagnostics.None };
        test.TestCode = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Mvc.Filters;
        using Shop.Web.Security;
        namespace Shop.Web.Security
        {
            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
            public class GroupAuthorizeAttribute : Attribute, IAsyncAuthorizationFilter
            {
                public GroupAuthorizeAttribute(string group) { GroupName = group; }
                public string GroupName { get; set; }
                public Task OnAuthorizationAsync(AuthorizationFilterContext context) => Task.CompletedTask;
            }
        }
        public class ProfileModel { public string Email { get; set; } = ""; public string FirstName { get; set; } = ""; public string Phone { get; set; } = ""; }
        public class StampAttribute : Attribute, IAsyncResultFilter
        {
            public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next) => next();
        }
        public class AccountController : Controller
        {
            [HttpGet]
            [Stamp]
            public virtual ActionResult<ProfileModel> {|CMP4001:Preview|}() => View(new ProfileModel());

            [HttpGet]
            [GroupAuthorize("Registered")]
            public virtual async Task<ActionResult<ProfileModel>> {|#0:Info|}()
            {
                return View(new ProfileModel());
            }
        }
        """;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Compliance.Analyzers.AccessControl.AccessControlDescriptors.AuthorizedPersonalDataEndpointObserved).WithLocation(0).WithArguments(Compliance.Analyzers.AccessControl.AccessControlDescriptors.Reason("CMP4090_Message", "AccountController.Info", "Email, FirstName, Phone", "[GroupAuthorize]")));
        return test.RunAsync();
    }

    [Fact]
    public Task An_anonymous_action_returning_a_copy_filtered_by_the_caller_is_observed_and_an_unfiltered_copy_is_reported() => Verify.VerifyAsync("""
        using Microsoft.AspNetCore.Mvc;
        public class SiteUser { public int UserId { get; set; } public string Username { get; set; } = ""; public string DisplayName { get; set; } = ""; public string Email { get; set; } = ""; public string Password { get; set; } = ""; }
        public interface ISiteUsers { SiteUser Get(string username); bool IsAdmin(System.Security.Claims.ClaimsPrincipal principal); int IdOf(System.Security.Claims.ClaimsPrincipal principal); }
        public class UserController : Controller
        {
            private readonly ISiteUsers _users = null!;
            private SiteUser Filter(SiteUser user)
            {
                SiteUser filtered = null!;
                if (user != null)
                {
                    filtered = new SiteUser();
                    filtered.UserId = user.UserId;
                    filtered.Username = user.Username;
                    filtered.DisplayName = user.DisplayName;
                    filtered.Password = "";
                    if (_users.IsAdmin(User) || _users.IdOf(User) == user.UserId)
                    {
                        filtered.Email = user.Email;
                    }
                }
                return filtered;
            }
            private SiteUser Copy(SiteUser user)
            {
                var copy = new SiteUser();
                copy.Username = user.Username;
                copy.Email = user.Email;
                if (_users.IsAdmin(User)) copy.Password = "";
                return copy;
            }
            [HttpGet("{username}")]
            public SiteUser {|CMP4090:Get|}(string username) => Filter(_users.Get(username));
            [HttpGet("copy/{username}")]
            public SiteUser {|CMP4001:GetCopy|}(string username) => Copy(_users.Get(username));
        }
        """);
}
