namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, eighteenth session (branch pageenv): list and page endpoints whose personal data sits inside the project's own
/// page envelope or arrives through a framework's result API. Four shapes the response detection did not follow: an envelope
/// whose items are a public field (<c>PageResult&lt;T&gt; { public List&lt;T&gt; rows; }</c>, serialised by Newtonsoft.Json); a
/// page/result generic of a package that did not restore in a fallback scan (<c>PagedResultDto&lt;UserDto&gt;</c>, lin-cms's
/// admin user list); an envelope held in a local and filled by a call on it (<c>response.SetData(list); return Ok(response);</c>);
/// Web API 2's <c>Request.CreateResponse(HttpStatusCode.OK, value)</c> when bound (unbound factories and base-controller helpers
/// such as <c>Result(await svc.GetPagedAsync(q))</c> are not guessed: the last test). Decoys: envelopes of records without personal data, generics not named for a
/// page or result, counts, a status-only response, a message setter.
/// </summary>
public class PageEnvelopeResponseTests
{
    private const string Model = @"
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public class SysUser { public long UserId { get; set; } public string RealName { get; set; } = """"; public string Mobile { get; set; } = """"; public string Email { get; set; } = """"; }
public class RoleRow { public long RoleId { get; set; } public string RoleName { get; set; } = """"; }
";

    [Fact]
    public Task An_envelope_whose_items_are_a_public_field_answers_them() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Model + @"
public class PageResult<T> { public static readonly long serialVersionUID = 1L; public long total; public List<T> rows = new List<T>(); }
public class Counter<T> { public int count; }
public interface IUserService { PageResult<SysUser> GetPageData(int page); PageResult<RoleRow> Roles(int page); Counter<SysUser> Count(); }
public class UserController : ControllerBase
{
    private readonly IUserService _s = null!;
    [HttpGet(""page"")] public PageResult<SysUser> Page(int page) => {|CMP3003:_s.GetPageData(page)|};
    [HttpGet(""page2"")] public IActionResult Page2(int page) { var d = {|CMP3003:_s.GetPageData(page)|}; return Ok(d); }
    [HttpGet(""roles"")] public PageResult<RoleRow> Roles(int page) => _s.Roles(page);
    [HttpGet(""count"")] public Counter<SysUser> Count() => _s.Count();
}");

    [Fact]
    public Task An_unbound_page_or_result_generic_answers_its_type_argument() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(Model + @"
public interface IUserService
{
    Task<PagedResultDto<SysUser>> GetListAsync(int page);
    Task<PagedResultDto<RoleRow>> GetRolesAsync(int page);
    Task<Summary<SysUser>> SummaryAsync();
    Task<ServiceResult<PageModelDto<SysUser>>> GetPagedAsync(int page);
    Task<int> CountAsync();
}
public class UserController : AdncControllerBase
{
    private readonly IUserService _s = null!;
    [HttpGet(""users"")] public Task<PagedResultDto<SysUser>> Users(int page) => {|CMP3003:_s.GetListAsync(page)|};
    [HttpGet(""roles"")] public Task<PagedResultDto<RoleRow>> Roles(int page) => _s.GetRolesAsync(page);
    [HttpGet(""summary"")] public Task<Summary<SysUser>> Summary() => _s.SummaryAsync();
    // an unbound base-controller helper is not guessed to be a response (see the last test)
    [HttpGet(""paged"")] public async Task<ActionResult<PageModelDto<SysUser>>> Paged(int page) => Result(await _s.GetPagedAsync(page));
    [HttpGet(""count"")] public async Task<ActionResult<int>> Count() => Result(await _s.CountAsync());
    [HttpGet(""go"")] public async Task<IActionResult> Go(int page) => RedirectResult(await _s.GetPagedAsync(page));
}");

    [Fact]
    public Task An_envelope_local_filled_by_a_call_on_it_answers_the_argument() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Model + @"
public class ResponseResultModel { public int Code { get; set; } public string Message { get; set; } = """"; public object Data { get; set; } = null!;
    public void SetData(object data) { Data = data; } public void SetFailed(string message) { Message = message; } }
public static class ResponseModelFactory { public static ResponseResultModel CreateResultInstance => new ResponseResultModel(); }
public class Holder { public object Item { get; set; } = null!; public void SetData(object data) { Item = data; } }
public interface IUserService { List<SysUser> All(); List<RoleRow> Roles(); }
public class UserController : ControllerBase
{
    private readonly IUserService _s = null!;
    [HttpGet(""list"")] public IActionResult List()
    {
        var response = ResponseModelFactory.CreateResultInstance;
        var list = {|CMP3003:_s.All()|};
        response.SetData(list);
        return Ok(response);
    }
    [HttpGet(""roles"")] public IActionResult Roles()
    {
        var response = ResponseModelFactory.CreateResultInstance;
        response.SetData(_s.Roles());
        return Ok(response);
    }
    [HttpGet(""count"")] public IActionResult Count()
    {
        var response = ResponseModelFactory.CreateResultInstance;
        var users = _s.All();
        response.SetData(users.Count);
        response.SetFailed(""none"");
        return Ok(response);
    }
    [HttpGet(""holder"")] public IActionResult Hold()
    {
        var holder = new Holder();
        holder.SetData(_s.All());
        return Ok(holder.GetType().Name);
    }
}");

    [Fact]
    public Task Web_api_2_CreateResponse_answers_its_value_when_bound() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Model + @"
namespace System.Web.Http
{
    using System.Net;
    using System.Net.Http;
    public abstract class ApiController { public HttpRequestMessage Request { get; set; } = null!; }
    public static class HttpRequestMessageExtensions
    {
        public static HttpResponseMessage CreateResponse(this HttpRequestMessage request, HttpStatusCode statusCode) => new HttpResponseMessage(statusCode);
        public static HttpResponseMessage CreateResponse<T>(this HttpRequestMessage request, HttpStatusCode statusCode, T value) => new HttpResponseMessage(statusCode);
    }
}
namespace Blog
{
    using System.Net;
    using System.Net.Http;
    using System.Web.Http;
    public interface IUsers { SysUser Find(string id); int Count(); }
    public class UsersController : ApiController
    {
        private readonly IUsers users = null!;
        public HttpResponseMessage Get(string id)
        {
            var result = {|CMP3003:users.Find(id)|};
            return Request.CreateResponse(HttpStatusCode.OK, result);
        }
        public HttpResponseMessage Count() => Request.CreateResponse(HttpStatusCode.OK, users.Count());
        public HttpResponseMessage Delete(string id) => Request.CreateResponse(HttpStatusCode.NoContent);
    }
}");

    [Fact]
    // Not kept at the merge: answering the last argument of any unbound call named like a result factory (CreateResponse,
    // Json, Ok, Result) added 6 false alarms on heldout8 (a client's own profile through Web API 2 Ok) for one true finding
    // there and none on either set of check samples; without the types the response cannot be told from other calls.
    public Task Web_api_2_CreateResponse_and_MVC_5_Json_are_not_guessed_when_System_Web_did_not_resolve() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(@"
using System.Net;
using System.Net.Http;
public class UserItem { public string UserName { get; set; } = """"; public string Email { get; set; } = """"; }
public class RoleItem { public string RoleName { get; set; } = """"; }
public interface IUserRepository { UserItem FindById(string id); RoleItem Role(string id); }
public class UsersController : ApiController
{
    readonly IUserRepository repository = null!;
    public HttpResponseMessage Get(string id)
    {
        var result = repository.FindById(id);
        return Request.CreateResponse(HttpStatusCode.OK, result);
    }
    public HttpResponseMessage Role(string id) => Request.CreateResponse(HttpStatusCode.OK, repository.Role(id));
    public HttpResponseMessage Delete(string id) => Request.CreateResponse(HttpStatusCode.NoContent);
}
public class CasesController : Controller
{
    readonly IUserRepository repository = null!;
    public JsonResult Get_User(string id)
    {
        var cu = repository.FindById(id);
        return Json(new { name = cu.UserName, email = cu.Email });
    }
    public JsonResult Count(string id) => Json(new { count = 1, role = repository.Role(id).RoleName });
}");
}
