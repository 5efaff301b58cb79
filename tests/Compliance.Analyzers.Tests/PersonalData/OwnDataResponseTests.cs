namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, thirteenth session (branch fp9): responses that answer the caller with the caller's own record. The
/// evidence is the way the record was loaded, never the endpoint's name (docs/decisions.md, "own data").
/// </summary>
public class OwnDataResponseTests
{
    [Fact]
    public Task A_user_injected_by_a_filter_is_the_caller_and_an_injected_organisation_is_not() =>
        // bitwarden/server (held-out, judged FP): [InjectUser] GetLicenseAsync([BindNever] User user) — the filter loads the
        // signed-in user from the claims principal; the license carries the caller's own name. An [InjectOrganization]
        // filter loads by a route id, and a bound User parameter is whatever the request sent: both stay reported.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System; using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc; using Microsoft.AspNetCore.Mvc.ModelBinding;
public class InjectUserAttribute : Attribute { }
public class InjectOrganizationAttribute : Attribute { }
public class User { public string Name { get; set; } = """"; public string Email { get; set; } = """"; }
public class Organization { public string Id { get; set; } = """"; }
public class UserLicense { public string Name { get; set; } = """"; public string Email { get; set; } = """"; }
public interface ILicenseQuery { Task<UserLicense> Run(User user); Task<UserLicense> Owner(Organization organization); }
public class LicenseController : ControllerBase
{
    private readonly ILicenseQuery _query = null!;

    [HttpGet(""license"")]
    [InjectUser]
    public async Task<IActionResult> GetLicenseAsync([BindNever] User user)
    {
        var response = await _query.Run(user);
        return Ok(response);
    }

    [HttpGet(""owner-license"")]
    [InjectOrganization]
    public async Task<IActionResult> GetOwnerLicenseAsync([BindNever] Organization organization)
    {
        var response = await {|CMP3003:_query.Owner(organization)|};
        return Ok(response);
    }

    [HttpPost(""license"")]
    [InjectUser]
    public async Task<IActionResult> PostLicenseAsync([BindNever] User user, [FromBody] User other)
    {
        var response = await {|CMP3003:_query.Run(other)|};
        return Ok(response);
    }
}");

    [Fact]
    public Task The_id_getter_of_an_unrestored_current_user_accessor_keys_the_callers_own_record() =>
        // lin-cms-dotnetcore (judged blind): ICurrentUser comes from a package a scan without restore does not see, so
        // currentUser.FindUserId() is an unbound call; its receiver's name and type name still say whose id it is. A lookup
        // by a route id, or by the id of another accessor, stays reported.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(@"
using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc;
public class UserInformation { public string Email { get; set; } = """"; }
public interface IUserService { Task<UserInformation> GetInformationAsync(long id); }
public interface IEditorRecord { }
public static class CurrentUserExtensions
{
    public static long? FindUserId(this ICurrentUser currentUser) => null;
    public static long? FindUserId(this IEditorRecord editor) => null;
}
public class UserController : ControllerBase
{
    private readonly IUserService userService = null!;
    private readonly ICurrentUser currentUser = null!;
    private readonly IEditorRecord lastEditor = null!;
    [HttpGet(""information"")]
    public Task<UserInformation> GetInformationAsync()
    {
        return userService.GetInformationAsync(currentUser.FindUserId() ?? 0);
    }
    [HttpGet(""{id}"")]
    public Task<UserInformation> GetAsync(long id)
    {
        return {|CMP3003:userService.GetInformationAsync(id)|};
    }
    [HttpGet(""editor"")]
    public Task<UserInformation> GetEditorAsync()
    {
        return {|CMP3003:userService.GetInformationAsync(lastEditor.FindUserId() ?? 0)|};
    }
}");

    // Fifteenth session (fp11): one own-data check (CallerOwnRecord.KeysOf) for the three places values key a result — a
    // bound call's arguments, an unbound call's arguments (MediatR not restored) and a query object's members. Values
    // that cannot carry a key (constants, flags, tokens, defaults, non-text ambient state) are skipped; every other must
    // be the caller's, and one must be. Own data is observed (CMP4090); anything else stays an unauthorized endpoint (CMP4001).
    [Theory]
    // a bound call's arguments
    [InlineData("_customers.ForCustomer(_workContext.CurrentCustomer)", true)]                    // defaults skipped
    [InlineData("_customers.ForCustomer(_workContext.CurrentCustomer, full, token)", true)]       // a flag and a token key nothing
    [InlineData("_customers.ForCustomer(_workContext.CurrentCustomer, _settings.Detailed)", true)] // non-text ambient state
    [InlineData("_customers.GetById(id)", false)]                                                  // a route id
    [InlineData("_customers.ForCustomers(_workContext.CurrentCustomer, other)", false)]           // one other record is enough
    [InlineData("_customers.ForQuery(new GetRegister { Customer = _workContext.CurrentCustomer })", true)]
    [InlineData("_customers.ForQuery(new GetRegister { Customer = _workContext.CurrentCustomer, OrderId = id })", false)]
    [InlineData("_customers.ForQuery(new GetRegister { OrderId = id })", false)]                  // request values only: a key
    [InlineData("_customers.ForQuery(new GetRegister { ExcludeProperties = User.Identity.IsAuthenticated })", true)] // a flag of the caller's principal (oqtane)
    [InlineData("_customers.ForQuery(new GetRegister { ExcludeProperties = full })", false)]      // a request flag keys nothing
    // an unbound call's arguments
    [InlineData("_mediator.Send(_workContext.CurrentCustomer)", true)]
    [InlineData("_mediator.Send(id)", false)]
    [InlineData("_mediator.Send(\"profile\")", false)]                                              // nothing keyed by the caller
    // a query object's members, inside an unbound call
    [InlineData("_mediator.Send(new GetRegister { Customer = _workContext.CurrentCustomer, Language = _workContext.WorkingLanguage, ExcludeProperties = full })", true)]
    [InlineData("_mediator.Send(new GetRegister { Customer = _workContext.CurrentCustomer, OrderId = _settings.Title })", false)] // ambient text is not skipped
    [InlineData("_mediator.Send(new GetRegister { Customer = other })", false)]
    [InlineData("_mediator.Send(new GetRegister { Language = _workContext.WorkingLanguage })", false)]
    public Task Values_that_key_a_result_must_all_be_the_callers(string lookup, bool own) =>
        AnalyzerTest<Compliance.Analyzers.AccessControl.UnauthorizedPersonalDataEndpointAnalyzer>.VerifyBrokenAsync(@"
using System.Threading; using System.Threading.Tasks;
using Microsoft.AspNetCore.Authorization; using Microsoft.AspNetCore.Mvc;
public class Customer { public string Email { get; set; } = """"; }
public class Language { public string Code { get; set; } = """"; }
public class Settings { public bool Detailed { get; set; } public string Title { get; set; } = """"; }
public class WorkContext { public Customer CurrentCustomer { get; set; } = new(); public Language WorkingLanguage { get; set; } = new(); }
public class RegisterModel { public string Email { get; set; } = """"; public string FullName { get; set; } = """"; }
public class GetRegister { public Customer Customer { get; set; } = new(); public Language Language { get; set; } = new(); public bool ExcludeProperties { get; set; } public string OrderId { get; set; } = """"; }
public interface ICustomers
{
    Task<RegisterModel> ForCustomer(Customer customer, bool full = false, CancellationToken token = default);
    Task<RegisterModel> ForCustomers(Customer customer, Customer other);
    Task<RegisterModel> ForQuery(GetRegister query);
    Task<RegisterModel> GetById(string id);
}
[AllowAnonymous]
public class AccountController : Controller
{
    private readonly IMediator _mediator = null!;
    private readonly WorkContext _workContext = new();
    private readonly Settings _settings = new();
    private readonly ICustomers _customers = null!;
    public async Task<ActionResult<RegisterModel>> {|" + (own ? "CMP4090" : "CMP4001") + @":Register|}(string id, bool full, Customer other, CancellationToken token)
    {
        var model = await " + lookup + @";
        return View(model);
    }
}");
}
