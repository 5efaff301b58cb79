namespace Compliance.Analyzers.Tests.AccountSecurity;

using Verify = Compliance.Analyzers.Tests.AnalyzerTest<Compliance.Analyzers.AccountSecurity.LoginFailureNotLoggedAnalyzer>;

public class LoginFailureNotLoggedAnalyzerTests
{
    [Fact]
    public Task A_login_method_without_any_log_call_is_reported_and_one_that_logs_is_observed() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Extensions.Logging;

        public class AccountController(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, ILogger<AccountController> logger) : Controller
        {
            public async Task<IActionResult> Login(string userName, string password)
            {
                var result = await {|CMP4105:signIn.PasswordSignInAsync(userName, password, false, true)|};
                return result.Succeeded ? Redirect("/") : View();
            }

            public async Task<IActionResult> LoginLogged(string userName, string password)
            {
                var result = await {|CMP4193:signIn.PasswordSignInAsync(userName, password, false, true)|};
                if (!result.Succeeded)
                {
                    logger.LogWarning("Failed login for {User} from {Ip}", userName, HttpContext.Connection.RemoteIpAddress);
                    return View();
                }
                return Redirect("/");
            }

            public async Task<bool> Check(IdentityUser user, string password)
            {
                var ok = await {|CMP4193:users.CheckPasswordAsync(user, password)|};
                if (!ok) LogFailure(logger, user.UserName);
                return ok;
            }

            [LoggerMessage(Level = LogLevel.Warning, Message = "Failed password check for {User}")]
            static partial void LogFailure(ILogger logger, string? user);
        }
        """.Replace("public class AccountController", "public partial class AccountController"));

    [Fact]
    public Task A_raised_IdentityServer_login_failure_event_records_the_failure_and_a_success_event_does_not() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;
        using Microsoft.AspNetCore.Mvc;

        namespace IdentityServer4.Events
        {
            public abstract class Event { }
            public class UserLoginFailureEvent : Event { public UserLoginFailureEvent(string username, string error, string? clientId = null) { } }
            public class UserLoginSuccessEvent : Event { public UserLoginSuccessEvent(string username, string subjectId, string name) { } }
        }
        namespace IdentityServer4.Services { public interface IEventService { Task RaiseAsync(IdentityServer4.Events.Event evt); } }

        public class AccountController(SignInManager<IdentityUser> signIn, IdentityServer4.Services.IEventService events) : Controller
        {
            // eShop Identity.API Quickstart AccountController.Login
            public async Task<IActionResult> Login(string userName, string password)
            {
                var result = await {|CMP4193:signIn.PasswordSignInAsync(userName, password, false, true)|};
                if (result.Succeeded) return Redirect("/");
                await events.RaiseAsync(new IdentityServer4.Events.UserLoginFailureEvent(userName, "invalid credentials"));
                return View();
            }

            public async Task<IActionResult> LoginSuccessOnly(string userName, string password)
            {
                var result = await {|CMP4105:signIn.PasswordSignInAsync(userName, password, false, true)|};
                if (result.Succeeded) await events.RaiseAsync(new IdentityServer4.Events.UserLoginSuccessEvent(userName, "1", userName));
                return View();
            }
        }
        """);

    [Fact]
    public Task An_application_log_facade_records_the_failure_and_log_named_calls_on_other_types_do_not() => Verify.VerifyAsync("""
        using System.Threading.Tasks;
        using Microsoft.AspNetCore.Identity;

        namespace Shop.Shared { public enum LogLevel { Information, Error } }
        namespace Shop.Infrastructure
        {
            // Oqtane's ILogManager shape: the application's own log store, not Microsoft.Extensions.Logging
            public interface ILogManager { void Log(Shop.Shared.LogLevel level, object @class, string message, params object[] args); }
            public interface ISessionManager { void LogOut(string user); }
            public interface ICatalog { void Write(string entry); }
            // Smartstore's customer activity feed: an entry without a level, written for a successful sign-in
            public interface IActivityLogger { void LogActivity(string activityType, string comment); }
        }

        public class UserManager(SignInManager<IdentityUser> signIn, Shop.Infrastructure.ILogManager logger,
            Shop.Infrastructure.ISessionManager sessions, Shop.Infrastructure.ICatalog catalog, Shop.Infrastructure.IActivityLogger activity)
        {
            public async Task<bool> StoreLogin(IdentityUser user, string password)
            {
                var result = await {|CMP4105:signIn.CheckPasswordSignInAsync(user, password, true)|};
                if (result.Succeeded) activity.LogActivity("PublicStore.Login", "Logged in");
                return result.Succeeded;
            }

            public async Task<bool> LoginUser(IdentityUser user, string password)
            {
                var result = await {|CMP4193:signIn.CheckPasswordSignInAsync(user, password, true)|};
                if (!result.Succeeded) logger.Log(Shop.Shared.LogLevel.Error, this, "Login Failed For User {Username}", user.UserName!);
                return result.Succeeded;
            }

            public async Task<bool> LoginAndReset(IdentityUser user, string password)
            {
                var result = await {|CMP4105:signIn.CheckPasswordSignInAsync(user, password, true)|};
                if (!result.Succeeded) { sessions.LogOut(user.UserName!); catalog.Write("login"); }
                return result.Succeeded;
            }
        }
        """);

    [Fact]
    public Task Broken_code_does_not_throw() => Verify.VerifyBrokenAsync("""
        using Microsoft.AspNetCore.Identity;

        class Broken
        {
            SignInManager<IdentityUser> s;
            void M() { var r = {|CMP4105:s.PasswordSignInAsync("u", "p", false, true)|}; Log.( }
        """);
}
