namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;
using Xunit;

public class PersonalDataInExceptionAnalyzerTests
{
    private const string Usings = "using System; using Microsoft.AspNetCore.Mvc; using Microsoft.AspNetCore.Http;\n";

    [Fact]
    public Task Exception_messages_and_problem_details()
    {
        return AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(Usings + @"
class NotFound : Exception { public NotFound(string m) : base(m) { } }
class Member { public string Mobile { get; set; } = """"; public string IdCardNo { get; set; } = """"; public int Id { get; set; } }
class C : ControllerBase
{
    void A(Member m)
    {
        if (m.Id < 0) {|CMP3002:throw new NotFound($""no member with mobile {m.Mobile}"");|}
        if (m.Id == 0) {|CMP3002:throw new InvalidOperationException(""id card "" + m.IdCardNo);|}
        if (m.Id == 1) throw new InvalidOperationException($""no member {m.Id}"");
        if (m.Id == 2) throw new ArgumentException(""bad"", nameof(m.Mobile));
    }
    object B(Member m) => new ProblemDetails { {|CMP3002:Detail = ""phone "" + m.Mobile|}, Title = ""Not found"" };
    IActionResult D(Member m) => {|CMP3002:Problem(detail: $""duplicate {m.IdCardNo}"")|};
    IResult E(Member m) => Results.Problem(detail: $""duplicate {m.Id}"");
    string F(Member m) => m.Id > 0 ? ""x"" : {|CMP3002:throw new NotFound(m.Mobile)|};
}");
    }

    [Fact]
    public Task Masked_values_in_exceptions_are_fine()
    {
        return AnalyzerTest<PersonalDataInExceptionAnalyzer>.VerifyAsync(Usings + @"
static class Masking { public static string Mask(string s) => ""***""; }
class C
{
    void A(string phone) => throw new InvalidOperationException(""no member "" + Masking.Mask(phone));
    void B(string phone) => throw new InvalidOperationException(""phone length "" + phone.Length);
}");
    }
}

public class PersonalDataInResponseAnalyzerTests
{
    private const string Usings = "using System; using System.Linq; using System.Collections.Generic; using System.Threading.Tasks; using Microsoft.AspNetCore.Mvc; using Microsoft.AspNetCore.Http; using Microsoft.AspNetCore.Builder; using Microsoft.AspNetCore.Routing;\n";

    [Fact]
    public Task Controller_actions_returning_dtos_and_anonymous_objects()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Usings + @"
public class Customer { public int Id { get; set; } public string RealName { get; set; } = """"; public string Phone { get; set; } = """"; public string IdCard { get; set; } = """"; }
public class CustomerDto { public int Id { get; set; } public string Name { get; set; } = """"; public string Phone { get; set; } = """"; }
public record CardDto(int Id, string CardNo);
static class Pii { public static string MaskPhone(string s) => ""***""; }
[ApiController]
public class CustomersController : ControllerBase
{
    private readonly Customer c = new Customer();
    public IActionResult Get(int id) => Ok(new { c.Id, {|CMP3003:c.Phone|}, Masked = Pii.MaskPhone(c.Phone) });
    public CustomerDto Dto() => new CustomerDto { Id = c.Id, {|CMP3003:Name = c.RealName|}, Phone = Pii.MaskPhone(c.Phone) };
    public ActionResult<CardDto> Card(string cardNo) => new CardDto(c.Id, {|CMP3003:cardNo|});
    public IActionResult Whole() => Ok({|CMP3003:c|});
    public IActionResult Safe() => Ok(new { c.Id, HasPhone = c.Phone != null, Tail = c.Phone.Substring(c.Phone.Length - 4) });
    public async Task<IActionResult> List(IEnumerable<Customer> all)
    {
        await Task.Yield();
        var rows = all.Select(x => new { x.Id, {|CMP3003:Sfz = x.IdCard|} }).ToList();
        return Ok(rows);
    }
    private object Helper() => new { c.Phone };
    public CustomerDto Later() { var dto = new CustomerDto { Id = c.Id }; {|CMP3003:dto.Phone = c.Phone|}; return dto; }
    public Task<CustomerDto> Async() => Task.FromResult(new CustomerDto { {|CMP3003:Phone = c.Phone|} });
    public IActionResult Result() => new JsonResult(new { {|CMP3003:Card = c.IdCard|} });
}");
    }

    [Fact]
    public Task A_login_response_carrying_a_token_issued_to_the_account_returns_that_accounts_own_data()
    {
        // Kavita AccountController: register/login/confirm-email answer the account they log in with its
        // user name and e-mail; another account's data in the same response, or a response whose "token"
        // is an e-mail-confirmation token, is still reported.
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Usings + @"
public class AppUser { public int Id { get; set; } public string UserName { get; set; } = """"; public string Email { get; set; } = """"; public string Phone { get; set; } = """"; }
public class UserDto { public string Username { get; set; } = """"; public string Email { get; set; } = """"; public string InviterEmail { get; set; } = """"; public string Token { get; set; } = """"; public string RefreshToken { get; set; } = """"; }
public interface ITokenService { Task<string> CreateToken(AppUser user); Task<string> CreateRefreshToken(AppUser user); string GenerateConfirmationToken(AppUser user); }
[ApiController]
public class AccountController : ControllerBase
{
    private readonly ITokenService _tokens = null!;
    private readonly AppUser admin = new AppUser();
    public async Task<ActionResult<UserDto>> Register(AppUser user) => new UserDto
    {
        Username = user.UserName,
        Email = user.Email,
        {|CMP3003:InviterEmail = admin.Email|},
        Token = await _tokens.CreateToken(user),
        RefreshToken = await _tokens.CreateRefreshToken(user),
    };
    public async Task<ActionResult<UserDto>> Login(AppUser user)
    {
        var dto = new UserDto { Username = user.UserName };
        dto.Email = user.Email;
        dto.Token = await _tokens.CreateToken(user);
        return Ok(dto);
    }
    public IActionResult Anonymous(AppUser user) => Ok(new { user.Email, token = _tokens.CreateToken(user) });
    public UserDto Invite(AppUser user) => new UserDto { {|CMP3003:Email = user.Email|}, Token = _tokens.GenerateConfirmationToken(user) };
    public UserDto Lookup(AppUser user) => new UserDto { {|CMP3003:Email = user.Email|} };
}");
    }

    [Fact]
    public Task Minimal_api_handlers()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Usings + @"
class User { public int Id { get; set; } public string Email { get; set; } = """"; public string Passport { get; set; } = """"; }
static class Endpoints
{
    public static void Map(WebApplication app, User u)
    {
        app.MapGet(""/users/{id}"", (int id) => Results.Ok(new { id, {|CMP3003:u.Email|} }));
        app.MapGet(""/p"", () => { return new { {|CMP3003:PassportNo = u.Passport|} }; });
        app.MapGet(""/ok"", () => new { u.Id });
        app.MapPost(""/t"", () => TypedResults.Ok(new { {|CMP3003:Mail = u.Email|} }));
        Func<object> notAnEndpoint = () => new { u.Email };
    }
}");
    }
}

public class PersonalDataWrittenToFileAnalyzerTests
{
    [Fact]
    public Task File_and_stream_writes_and_csv_lines()
    {
        return AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyAsync(@"
using System; using System.IO; using System.Linq; using System.Collections.Generic;
class Customer { public string Name { get; set; } = """"; public string Phone { get; set; } = """"; public string Address { get; set; } = """"; public int Id { get; set; } }
static class Pii { public static string Desensitize(string s) => ""***""; }
class Exporter
{
    void Export(List<Customer> customers, string path, string fileName)
    {
        {|CMP3004:File.WriteAllLines(path, customers.Select(c => $""{c.Id},{c.Phone}""))|};
        File.WriteAllLines(path, customers.Select(c => $""{c.Id},{Pii.Desensitize(c.Phone)}""));
        using var writer = new StreamWriter(path);
        foreach (var c in customers)
        {
            {|CMP3004:writer.WriteLine(c.Address)|};
            writer.WriteLine(c.Id);
        }
        {|CMP3004:File.AppendAllText(path, customers[0].Phone)|};
        File.WriteAllText(path, fileName);
        Console.Out.WriteLine(fileName);
    }
}");
    }
}

public class PersonalDataInTelemetryAnalyzerTests
{
    [Fact]
    public Task Activity_tags_taglists_and_metric_tags()
    {
        return AnalyzerTest<PersonalDataInTelemetryAnalyzer>.VerifyAsync(@"
using System; using System.Diagnostics; using System.Diagnostics.Metrics; using System.Collections.Generic;
class C
{
    void M(Activity? activity, Counter<int> counter, string phone, string value, string orderId)
    {
        {|CMP3005:activity?.SetTag(""user.phone"", phone)|};
        {|CMP3005:activity?.SetTag(""user.id_card"", value)|};
        activity?.SetTag(""order.id"", orderId);
        activity?.SetTag(""phone.length"", phone.Length);
        var tags = new TagList();
        {|CMP3005:tags.Add(""customer.email"", value)|};
        {|CMP3005:counter.Add(1, new KeyValuePair<string, object?>(""mobile"", phone))|};
        counter.Add(1, new KeyValuePair<string, object?>(""region"", orderId));
    }
}");
    }
}
