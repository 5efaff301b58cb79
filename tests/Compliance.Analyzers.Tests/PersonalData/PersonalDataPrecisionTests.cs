namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;
using Compliance.Analyzers.PersonalData.Detection;

/// <summary>
/// Issue 14 class 2: a PII name word must meet a person context before it is more than low
/// precision; class 8: placeholder and role e-mail addresses are nobody's.
/// </summary>
public class PersonalDataPrecisionTests
{
    [Fact]
    public async Task Name_words_without_a_person_context_are_low_precision_and_person_members_are_not()
    {
        var source = @"
using System.IO;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
public class Customer { public string Phone { get; set; } = """"; public string FullName { get; set; } = """"; }
public class CipherView { public string Identity { get; set; } = """"; }
public class Svc
{
    public void Run(ILogger logger, Customer c, FileInfo file, CipherView item, string imageAddress, string mobilePhone, [CallerMemberName] string callerMemberName = """")
    {
        logger.LogInformation(""copy {Path}"", file.FullName);
        logger.LogInformation(""called from {Caller}"", callerMemberName);
        logger.LogInformation(""image {Url}"", imageAddress);
        logger.LogInformation(""vault {Item}"", item.Identity);
        logger.LogInformation(""customer {Phone}"", c.Phone);
        logger.LogInformation(""customer {Who}"", c.FullName);
        logger.LogInformation(""sms to {To}"", mobilePhone);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var bySymbol = diagnostics.ToDictionary(d => d.Properties["compliance.pii.symbol"]!, d => d.Properties["compliance.precision"]);
        // Every name-only hit that the analyzer reports is low; the person-context ones are medium.
        foreach (var nameOnly in new[] { "FileInfo.FullName", "callerMemberName", "imageAddress", "CipherView.Identity" })
            if (bySymbol.TryGetValue(nameOnly, out var p)) Assert.Equal("low", p);
        Assert.Equal("medium", bySymbol["Customer.Phone"]);
        Assert.Equal("medium", bySymbol["Customer.FullName"]);
        Assert.Equal("medium", bySymbol["mobilePhone"]);
        Assert.Contains(bySymbol, kv => kv.Value == "low"); // at least one of the name-only words is reported, and low
    }

    // Held-out jellyfin: a network manager logging "{Address}" (a bind address), a library logging "{ParentName}" (a
    // folder), stream builders logging a DeviceProfile's Name. Ambiguous words need a person word; {CustomerName} and
    // {Phone} keep medium, and a user's profile is still a person context.
    [Fact]
    public async Task Placeholders_and_profiles_need_a_person_word_before_an_ambiguous_word_is_more_than_low()
    {
        var source = @"
using Microsoft.Extensions.Logging;
public class DeviceProfile { public string Name { get; set; } = """"; public int MaxBitrate { get; set; } }
public class UserProfile { public string Name { get; set; } = """"; public string Email { get; set; } = """"; }
public class Svc
{
    public void Run(ILogger logger, string bindPreference, string parent, string who, string number, DeviceProfile device, UserProfile profile)
    {
        logger.LogDebug(""Matching bind address override found: {Address}"", bindPreference);
        logger.LogWarning(""Skipping child of {ParentName}"", parent);
        logger.LogInformation(""Order placed by {CustomerName}"", who);
        logger.LogInformation(""Sms sent to {Phone}"", number);
        logger.LogDebug(""Profile {0}"", device.Name);
        logger.LogDebug(""Profile {0}"", profile.Name);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var bySymbol = diagnostics.ToDictionary(d => d.Properties["compliance.pii.symbol"]!, d => d.Properties["compliance.precision"]);
        Assert.Equal(
            [("DeviceProfile.Name", "low"), ("UserProfile.Name", "medium"), ("{Address}", "low"), ("{CustomerName}", "medium"), ("{ParentName}", "low"), ("{Phone}", "medium")],
            bySymbol.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
    }

    [Fact]
    public async Task A_password_reset_request_is_a_person_context_and_a_mail_server_setting_is_not()
    {
        // Kavita AccountController: the whole reset DTO destructured into the log writes the account holder's e-mail
        var source = @"
using Microsoft.Extensions.Logging;
public class ConfirmPasswordResetDto { public string Email { get; set; } = """"; public string Token { get; set; } = """"; }
public class SmtpSettings { public string SenderEmail { get; set; } = """"; }
public class Svc
{
    public void Run(ILogger logger, ConfirmPasswordResetDto dto, SmtpSettings smtp)
    {
        logger.LogInformation(""reset token not correct: {Email}"", dto.Email);
        logger.LogInformation(""mail from {Sender}"", smtp.SenderEmail);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var bySymbol = diagnostics.ToDictionary(d => d.Properties["compliance.pii.symbol"]!, d => d.Properties["compliance.precision"]);
        Assert.Equal("medium", bySymbol["ConfirmPasswordResetDto.Email"]);
        Assert.Equal("low", bySymbol["SmtpSettings.SenderEmail"]);
    }

    [Fact]
    public Task A_name_local_that_holds_a_file_path_is_not_a_persons_name() =>
        // Zr.Admin.NET JnHelper / Kavita EmailService: fullName = Path.Combine(...) or checked with File.Exists is a
        // template file; the same local name built from a person's parts is still reported
        AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyAsync(@"
using System;
using System.IO;
using Microsoft.Extensions.Logging;
public interface IFileSystem { IFile File { get; } }
public interface IFile { bool Exists(string path); }
public class Svc
{
    public void Zr(string dir, string tpl)
    {
        string fullName = Path.Combine(dir, ""wwwroot"", tpl);
        Console.WriteLine($""not found {fullName}"");
    }

    public void Kavita(ILogger logger, IFileSystem fs, string dir, string tpl)
    {
        var fullName = string.Format(dir, tpl);
        if (!fs.File.Exists(fullName)) logger.LogError(""template {TemplatePath} is missing"", fullName);
    }

    public void Person(ILogger logger, string first, string last)
    {
        var fullName = string.Concat(first, "" "", last);
        {|CMP3001:logger.LogInformation(""welcome {Who}"", fullName)|};
    }
}");

    [Fact]
    public async Task A_bare_identity_is_an_account_subject_and_an_identity_card_number_is_not()
    {
        // eShop Basket.API: context.GetUserIdentity() is the caller's subject GUID, read by name as an id number
        var source = @"
using Microsoft.Extensions.Logging;
public class ServerCallContext { }
public static class ServerCallContextIdentityExtensions { public static string GetUserIdentity(this ServerCallContext c) => """"; }
public class Customer { public string IdentityCardNo { get; set; } = """"; }
public class Svc
{
    public void Run(ILogger logger, ServerCallContext context, Customer c)
    {
        logger.LogDebug(""Begin GetBasketById call from method {Method} for basket id {Id}"", ""x"", context.GetUserIdentity());
        logger.LogDebug(""customer {Card}"", c.IdentityCardNo);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var bySymbol = diagnostics.ToDictionary(d => d.Properties["compliance.pii.symbol"]!, d => d.Properties["compliance.precision"]);
        Assert.Equal("low", bySymbol["ServerCallContextIdentityExtensions.GetUserIdentity()"]);
        Assert.NotEqual("low", bySymbol["Customer.IdentityCardNo"]);
    }

    [Fact]
    public async Task A_name_on_a_generic_person_or_client_type_without_other_personal_data_is_low_precision()
    {
        // Kavita PersonDto (book creators), IdentityServer4 Client.ClientName (an OAuth application); a Person that
        // also holds a phone, and a Customer's name, keep their person context
        var source = @"
using Microsoft.Extensions.Logging;
public class PersonDto { public int Id { get; set; } public string Name { get; set; } = """"; public string CoverImage { get; set; } = """"; }
public class Client { public string ClientId { get; set; } = """"; public string ClientName { get; set; } = """"; }
public class Person { public string Name { get; set; } = """"; public string Phone { get; set; } = """"; }
public class Customer { public string Name { get; set; } = """"; }
public class Svc
{
    public void Run(ILogger logger, PersonDto creator, Client client, Person person, Customer customer)
    {
        logger.LogInformation(""creator {A}"", creator.Name);
        logger.LogInformation(""client {B}"", client.ClientName);
        logger.LogInformation(""person {C}"", person.Name);
        logger.LogInformation(""customer {D}"", customer.Name);
    }
}";
        var diagnostics = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source);
        var bySymbol = diagnostics.ToDictionary(d => d.Properties["compliance.pii.symbol"]!, d => d.Properties["compliance.precision"]);
        Assert.Equal("low", bySymbol["PersonDto.Name"]);
        Assert.Equal("low", bySymbol["Client.ClientName"]);
        Assert.Equal("medium", bySymbol["Person.Name"]);
        Assert.Equal("medium", bySymbol["Customer.Name"]);
    }

    [Fact]
    public async Task A_bare_name_of_a_type_without_other_personal_data_returned_from_an_endpoint_is_low_precision()
    {
        // jellyfin UserDto.Name (the account's login name on the user list), SimplCommerce ContactArea.Name and
        // CustomerGroup.Name (a topic's and a group's name): the type's word is the only person evidence. A user type
        // that also holds an e-mail, and a FullName, keep their precision; the same Name in a log keeps medium.
        var source = @"
using System.Collections.Generic; using Microsoft.AspNetCore.Mvc; using Microsoft.Extensions.Logging;
public class UserDto { public string Name { get; set; } = """"; public string ServerName { get; set; } = """"; public bool HasPassword { get; set; } }
public class ContactArea { public string Name { get; set; } = """"; public bool IsDeleted { get; set; } }
public class CustomerGroup { public string Name { get; set; } = """"; public string Description { get; set; } = """"; }
public class Customer { public string Name { get; set; } = """"; public string Email { get; set; } = """"; }
public class Contact { public string FullName { get; set; } = """"; }
public class UsersController : ControllerBase
{
    public ActionResult<IEnumerable<UserDto>> GetUsers(List<UserDto> users) => Ok(users);
    public IActionResult Area(ContactArea area) => Ok(new { Area = area.Name });
    public IActionResult Group(CustomerGroup g) => Ok(new { g.Name });
    public IActionResult OneCustomer(Customer c) => Ok(new { c.Name });
    public IActionResult OneContact(Contact c) => Ok(new { c.FullName });
    public void Log(ILogger logger, UserDto u) => logger.LogInformation(""user {U}"", u.Name);
}";
        var response = await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataInResponseAnalyzer(), source);
        var found = response.Select(d => (Text: source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length), Symbol: d.Properties["compliance.pii.symbol"], Precision: d.Properties["compliance.precision"])).ToList();
        Assert.Equal(
            new[]
            {
                ("users", "UserDto.Name", "low"),
                ("Area = area.Name", "ContactArea.Name", "low"),
                ("g.Name", "CustomerGroup.Name", "low"),
                ("c.Name", "Customer.Name", "medium"),
                ("c.FullName", "Contact.FullName", "medium"),
            },
            found.Select(f => (f.Text, f.Symbol!, f.Precision!)).ToArray());
        var logged = Assert.Single(await PersonalDataLiteralAnalyzerTests.RunAsync(new PersonalDataLoggedAnalyzer(), source));
        Assert.Equal(("UserDto.Name", "medium"), (logged.Properties["compliance.pii.symbol"], logged.Properties["compliance.precision"]));
    }

    [Fact]
    public Task A_shops_published_phone_is_not_a_persons_and_its_owners_is() =>
        // CoreShop returns the shop's customer-service phone from its settings with every order; the owner's own phone
        // beside it is still personal data.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using Microsoft.AspNetCore.Mvc;
public static class Settings { public static string Get(string key) => """"; }
public class OrderController : ControllerBase
{
    public IActionResult Detail()
    {
        var shopName = Settings.Get(""ShopName"");
        var shopMobile = Settings.Get(""ShopMobile"");
        var ownerMobile = Settings.Get(""OwnerMobile"");
        return Ok(new { shopName, shopMobile, {|CMP3003:ownerMobile|} });
    }
}");

    [Fact]
    public Task The_callers_own_record_is_not_a_disclosure_and_a_record_looked_up_by_another_key_is() =>
        // btcpayserver users/me endpoints (GetUserAsync(User)), CoreShop GetUserInfo (QueryByIdAsync(_user.ID) with an
        // IHttpContextUser): the data goes back to the person it is about. A lookup by a route id, or by an id beside the
        // principal, is someone else's record.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Security.Claims; using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc;
public class AppUser { public string Email { get; set; } = """"; public string Mobile { get; set; } = """"; }
public class UserData { public string Email { get; set; } = """"; }
public interface IHttpContextUser { int ID { get; } }
public class Users
{
    public Task<AppUser> GetUserAsync(ClaimsPrincipal principal) => Task.FromResult(new AppUser());
    public Task<AppUser> QueryByIdAsync(int id) => Task.FromResult(new AppUser());
    public Task<AppUser> FindAsync(string idOrEmail, ClaimsPrincipal principal) => Task.FromResult(new AppUser());
}
public class UsersController : ControllerBase
{
    private readonly Users _users = new Users();
    private readonly IHttpContextUser _user = null!;
    private static UserData ForApi(AppUser u) => new UserData { Email = u.Email };
    public async Task<ActionResult<UserData>> GetCurrentUser()
    {
        var user = await _users.GetUserAsync(User);
        return ForApi(user);
    }
    public async Task<IActionResult> GetUserInfo()
    {
        var user = await _users.QueryByIdAsync(_user.ID);
        return Ok(new { user.Email, user.Mobile });
    }
    public async Task<IActionResult> GetUser(string idOrEmail)
    {
        var me = await _users.GetUserAsync(User);
        var other = await _users.FindAsync(idOrEmail, User);
        return Ok(new { me.Mobile, {|CMP3003:other.Email|} });
    }
    public async Task<IActionResult> GetById(int id)
    {
        var user = await _users.QueryByIdAsync(id);
        return Ok(new { {|CMP3003:user.Mobile|} });
    }
}");

    [Fact]
    public Task A_lookup_keyed_by_a_member_named_current_user_is_the_callers_own_record() =>
        // WaterCloud, judged blind: a base service's `public OperatorModel currentuser` (filled from the login cookie) keys
        // GetFormExtend(currentuser.UserId) for the page header and "my profile" form. The member's NAME says whose id it
        // is when its type (OperatorModel, LoginUser…) does not; a lookup by an id from any other record is still reported.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc;
public class UserEntity { public string F_RealName { get; set; } = """"; public string F_MobilePhone { get; set; } = """"; }
public class OperatorModel { public string UserId { get; set; } = """"; }
public class UserService
{
    public OperatorModel currentuser = new OperatorModel();
    public OperatorModel lastEditor = new OperatorModel();
    public Task<UserEntity> GetFormExtend(string id) => Task.FromResult(new UserEntity());
}
public class UserController : ControllerBase
{
    private readonly UserService _service = new UserService();
    private OperatorModel CurrentUser => _service.currentuser;
    public async Task<IActionResult> GetUserFormJson()
    {
        var data = await _service.GetFormExtend(_service.currentuser.UserId);
        return Ok(data);
    }
    public async Task<IActionResult> GetUserCode()
    {
        var currentuser = _service.currentuser;
        var data = await _service.GetFormExtend(currentuser.UserId);
        return Ok(new { data.F_RealName });
    }
    public async Task<IActionResult> Header() => Ok(await _service.GetFormExtend(CurrentUser.UserId));
    public async Task<IActionResult> GetFormJson(string keyValue)
    {
        var data = await {|CMP3003:_service.GetFormExtend(keyValue)|};
        return Ok(data);
    }
    public async Task<IActionResult> LastEditor()
    {
        var data = await _service.GetFormExtend(_service.lastEditor.UserId);
        return Ok(new { {|CMP3003:data.F_MobilePhone|} });
    }
}");

    [Fact]
    public Task A_record_created_from_the_request_goes_back_to_its_sender_and_one_filled_from_another_record_does_not() =>
        // btcpayserver CreateUser: new ApplicationUser { UserName = request.Email, Email = request.Email, … } is created and
        // its API view returned to the one who sent the e-mail. A record filled from a looked-up user is someone else's data.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System; using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc;
public class CreateUserRequest { public string Email { get; set; } = """"; public string Name { get; set; } = """"; }
public class AppUser { public string UserName { get; set; } = """"; public string Email { get; set; } = """"; public DateTimeOffset Created { get; set; } public bool Approved { get; set; } }
public class UserData { public string Email { get; set; } = """"; }
public class Users { public Task<AppUser> FindByIdAsync(string id) => Task.FromResult(new AppUser()); }
public class UsersController : ControllerBase
{
    private readonly Users _users = new Users();
    private static Task<UserData> ForApi(AppUser u) => Task.FromResult(new UserData { Email = u.Email });
    public async Task<IActionResult> CreateUser(CreateUserRequest request, bool isAdmin)
    {
        var user = new AppUser { UserName = request.Email, Email = request.Email, Created = DateTimeOffset.UtcNow, Approved = isAdmin };
        var model = await ForApi(user);
        return CreatedAtAction(string.Empty, model);
    }
    public async Task<IActionResult> CopyUser(CreateUserRequest request, string sourceId)
    {
        var source = await _users.FindByIdAsync(sourceId);
        var user = new AppUser { UserName = request.Email, Email = source.Email };
        var model = await {|CMP3003:ForApi(user)|};
        return CreatedAtAction(string.Empty, model);
    }
}");

    [Fact]
    public Task An_action_returning_another_actions_result_is_judged_at_that_action_once() =>
        // bitwarden/server: [Obsolete] PostProfile(model) => await PutProfile(model), where PutProfile returns the caller's
        // own profile. The other action's returns are responses themselves (reported there, once); a private helper's
        // value is still this action's response.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Security.Claims; using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc;
public class AppUser { public string Name { get; set; } = """"; public string Email { get; set; } = """"; }
public class ProfileModel { public string Name { get; set; } = """"; public string Email { get; set; } = """"; }
public class Users
{
    public Task<AppUser> GetUserAsync(ClaimsPrincipal principal) => Task.FromResult(new AppUser());
    public Task<AppUser> QueryByIdAsync(int id) => Task.FromResult(new AppUser());
}
public class AccountsController : ControllerBase
{
    private readonly Users _users = new Users();
    public async Task<ProfileModel> PutProfile()
    {
        var user = await _users.GetUserAsync(User);
        return new ProfileModel { Name = user.Name, Email = user.Email };
    }
    public async Task<ProfileModel> PostProfile() => await PutProfile();
    public async Task<ProfileModel> GetProfile(int id)
    {
        var user = await _users.QueryByIdAsync(id);
        return new ProfileModel { {|CMP3003:Name = user.Name|}, {|CMP3003:Email = user.Email|} };
    }
    public async Task<ProfileModel> GetProfileLegacy(int id) => await GetProfile(id);
    public async Task<ProfileModel> Lookup(int id) => await {|CMP3003:LoadAsync(id)|};
    private async Task<ProfileModel> LoadAsync(int id)
    {
        var user = await _users.QueryByIdAsync(id);
        return new ProfileModel { Name = user.Name, Email = user.Email };
    }
}");

    [Fact]
    public Task A_helper_returning_an_action_result_does_not_return_the_data_its_name_mentions() =>
        // btcpayserver: return await RedirectToConfirmEmail(user) redirects with an id and a code; a helper that returns
        // the e-mail itself is still personal data in the response.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc;
public class AppUser { public string Id { get; set; } = """"; }
public class AccountController : Controller
{
    public async Task<IActionResult> AcceptInvite(AppUser user) => await RedirectToConfirmEmail(user);
    public async Task<IActionResult> Contact(AppUser user) => Ok(new { {|CMP3003:Address = await GetContactEmailAsync(user)|} });
    private Task<IActionResult> RedirectToConfirmEmail(AppUser user) => Task.FromResult<IActionResult>(RedirectToAction(""ConfirmEmail"", new { userId = user.Id }));
    private Task<string> GetContactEmailAsync(AppUser user) => Task.FromResult("""");
}");

    [Theory]
    [InlineData("zhangsan@xxx.com")]
    [InlineData("team@project.org")]
    [InlineData("developers@contoso.com")]
    [InlineData("someone@yourdomain.com")]
    [InlineData("a.b@example.com")]
    public void Placeholder_and_role_addresses_are_not_personal_data(string email) =>
        Assert.Empty(PiiLiteralScanner.Find("contact: " + email));

    [Fact]
    public void A_persons_address_at_a_real_domain_still_is() =>
        Assert.Equal(PiiCategory.Email, Assert.Single(PiiLiteralScanner.Find("contact: li.wei" + "@corp-mail.cn")).Category);

    [Fact]
    public Task The_login_user_and_the_login_answer_are_the_callers_own_record_and_the_online_user_list_is_not() =>
        // SimpleAdmin (judged blind): getLoginUser returns _authService.GetLoginUser() with the user's phone; oqtane's
        // signin returns _userManager.LoginUser(user, …), the account that has just proved its password. A list of the
        // users who are logged in (GetLoginUsers) or a lookup by id is other people's data.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System.Collections.Generic; using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc;
public class LoginUserOutput { public string Account { get; set; } = """"; public string Phone { get; set; } = """"; }
public class User { public string Username { get; set; } = """"; public string Password { get; set; } = """"; public string Email { get; set; } = """"; }
public interface IAuthService { Task<LoginUserOutput> GetLoginUser(); Task<List<LoginUserOutput>> GetLoginUsers(); Task<LoginUserOutput> Detail(long id); }
public interface IUserManager { Task<User> LoginUser(User user, bool setCookie, bool isPersistent); Task<User> UpdateUser(User user); Task<User> Find(string name); }
public class AuthController : ControllerBase
{
    private readonly IAuthService _authService = null!;
    private readonly IUserManager _userManager = null!;
    [HttpGet(""getLoginUser"")]
    public async Task<dynamic> GetLoginUser() => await _authService.GetLoginUser();
    [HttpPost(""signin"")]
    public async Task<User> Login([FromBody] User user, bool setCookie, bool isPersistent)
    {
        if (ModelState.IsValid) user = await _userManager.LoginUser(user, setCookie, isPersistent);
        else user = new User { Username = user.Username, Password = """" };
        return user;
    }
    [HttpPut(""{id}"")]
    public async Task<User> Put(int id, [FromBody] User user)
    {
        if (ModelState.IsValid) user = await _userManager.UpdateUser(user);
        else user = null!;
        return user;
    }
    [HttpPut(""merge"")]
    public async Task<User> Merge([FromBody] User user)
    {
        var other = await _userManager.Find(user.Username);
        user = new User { Username = user.Username, Email = other.Email };
        return {|CMP3003:user|};
    }
    [HttpGet(""online"")]
    public async Task<IActionResult> Online()
    {
        var users = await _authService.GetLoginUsers();
        return Ok(new { {|CMP3003:users[0].Phone|} });
    }
    [HttpGet(""detail"")]
    public async Task<IActionResult> Detail(long id)
    {
        var user = await _authService.Detail(id);
        return Ok(new { {|CMP3003:user.Phone|} });
    }
}");

    [Fact]
    public Task A_copy_that_adds_personal_members_only_for_the_caller_themselves_or_an_admin_is_not_a_disclosure() =>
        // oqtane (judged blind): UserController.Get returns Filter(user), which copies Email only inside
        // `if (IsAuthorized(User, …Admin) || GetUser(User).UserId == user.UserId)`. A copy that sets Email for everyone is reported.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using Microsoft.AspNetCore.Mvc;
public class SiteUser { public int UserId { get; set; } public string Username { get; set; } = """"; public string DisplayName { get; set; } = """"; public string Email { get; set; } = """"; public string Password { get; set; } = """"; }
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
            filtered.Password = """";
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
        if (_users.IsAdmin(User)) copy.Password = """";
        return copy;
    }
    [HttpGet(""{username}"")]
    public SiteUser Get(string username) => Filter(_users.Get(username));
    [HttpGet(""copy/{username}"")]
    public SiteUser GetCopy(string username) => {|CMP3003:Copy(_users.Get(username))|};
}");
}
