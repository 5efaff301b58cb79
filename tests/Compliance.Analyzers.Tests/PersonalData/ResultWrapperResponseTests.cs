namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14, fifteenth session (branch piireal): personal-data recall measured on hand-labelled samples of real repositories
/// (bench/recall/pii). The largest class of misses in the admin frameworks sampled (Zr.Admin.NET, WaterCloud, CoreShop) was the
/// body built by the code's own result helper — <c>return SUCCESS(list)</c> of a base controller, <c>Success(total, rows)</c>,
/// <c>Result.Success().SetData(users)</c>, <c>Content(page.setData(rows).ToJson())</c> — around a page or result envelope
/// (<c>PagedInfo&lt;SysUser&gt;</c>, <c>TData&lt;List&lt;UserEntity&gt;&gt;</c>). The helper's argument is the payload, as
/// <c>Ok(value)</c>'s is, and an envelope's JSON holds its items. Decoys: counts, masked rows, a service call that answers a
/// typed result of its own, a plain message.
/// </summary>
public class ResultWrapperResponseTests
{
    private const string Model = @"
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public class SysUser { public long UserId { get; set; } public string NickName { get; set; } = """"; public string Phonenumber { get; set; } = """"; public string Email { get; set; } = """"; }
public class UserRow { public long UserId { get; set; } public string MaskedPhone { get; set; } = """"; }
public class PagedInfo<T> { public int TotalNum { get; set; } public List<T> Result { get; set; } = new List<T>(); }
public class TData<T> { public int Tag { get; set; } public string Message { get; set; } = """"; public T Data { get; set; } = default!; }
public class ApiResult { public int Code { get; set; } public object Data { get; set; } = null!; public static ApiResult Success() => new ApiResult(); public ApiResult SetData(object data) { Data = data; return this; } }
public class UserQuery { public string Phonenumber { get; set; } = """"; }
public interface IUserService
{
    PagedInfo<SysUser> SelectUserList(UserQuery query);
    Task<TData<List<SysUser>>> GetList(UserQuery query);
    List<SysUser> All();
    List<UserRow> Masked();
    int InsertUser(SysUser user);
    ApiResult Search(UserQuery query);
}
public class BaseController : ControllerBase
{
    protected IActionResult SUCCESS(object data, string timeFormat = null!) => new JsonResult(new { code = 200, data });
    protected ActionResult Success<T>(int total, T data) => new JsonResult(new { count = total, data });
    protected IActionResult ToResponse(ApiResult result) => new JsonResult(result);
}
public class SoulPage<T> { public int count { get; set; } public object setData(List<T> data) => new { code = 0, count, data }; }
public static class JsonExtensions { public static string ToJson(this object o) => o.ToString()!; }
";

    [Fact]
    public Task A_base_controller_helper_answers_its_argument() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Model + @"
public class SysUserController : BaseController
{
    private readonly IUserService UserService = null!;

    [HttpGet(""list"")]
    public IActionResult List([FromQuery] UserQuery query)
    {
        var list = {|CMP3003:UserService.SelectUserList(query)|};
        return SUCCESS(list);
    }

    [HttpGet(""picker"")]
    public ActionResult Picker()
    {
        var data = {|CMP3003:UserService.All()|};
        return Success(data.Count, data);
    }

    [HttpGet(""count"")]
    public IActionResult Count() => SUCCESS(UserService.All().Count);

    [HttpGet(""masked"")]
    public ActionResult MaskedRows()
    {
        var rows = UserService.Masked();
        return Success(rows.Count, rows);
    }

    [HttpPost(""add"")]
    public IActionResult Add([FromBody] SysUser user) => SUCCESS(UserService.InsertUser(user));

    [HttpGet(""search"")]
    public IActionResult Search([FromQuery] UserQuery query) => ToResponse(UserService.Search(query));

    [HttpGet(""message"")]
    public IActionResult Message() => SUCCESS(""saved"");
}
");

    [Fact]
    public Task A_fluent_or_envelope_result_answers_its_payload() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Model + @"
public class UserController : Controller
{
    private readonly IUserService _users = null!;

    public ApiResult GetUser() => ApiResult.Success().SetData({|CMP3003:_users.All()|});

    public async Task<IActionResult> GetListJson(UserQuery query)
    {
        TData<List<SysUser>> obj = await {|CMP3003:_users.GetList(query)|};
        return Json(obj);
    }

    public ActionResult GetGridJson(SoulPage<SysUser> pagination)
    {
        var data = {|CMP3003:_users.All()|};
        return Content(pagination.setData(data).ToJson());
    }

    public ActionResult GetMaskedGrid(SoulPage<UserRow> pagination)
    {
        var data = _users.Masked();
        return Content(pagination.setData(data).ToJson());
    }

    public ApiResult Done() => ApiResult.Success().SetData(1);
}
");

    [Fact]
    public Task A_callback_member_holding_a_page_of_entities_is_serialised_whole() =>
        // CoreShop: var jm = new AdminUiCallBack(); jm.data = list; return jm; — the member's JSON holds every member row
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Model + @"
public class AdminUiCallBack { public int code { get; set; } public string msg { get; set; } = """"; public object data { get; set; } = null!; public int count { get; set; } }
public class CoreCmsUserController : ControllerBase
{
    private readonly IUserService _users = null!;

    [HttpPost]
    public AdminUiCallBack GetPageList([FromBody] UserQuery query)
    {
        var jm = new AdminUiCallBack();
        var list = _users.SelectUserList(query);
        {|CMP3003:jm.data = list|};
        jm.count = list.TotalNum;
        jm.msg = ""ok"";
        return jm;
    }

    [HttpPost]
    public AdminUiCallBack Ship([FromBody] SysUser entity)
    {
        var jm = new AdminUiCallBack();
        jm.code = UserService().InsertUser(entity);
        jm.data = entity;
        return jm;
    }

    private IUserService UserService() => _users;

    [HttpPost]
    public AdminUiCallBack GetMasked()
    {
        var jm = new AdminUiCallBack();
        jm.data = _users.Masked();
        return jm;
    }
}
");

    [Fact]
    public Task A_service_published_as_a_dynamic_api_answers_what_it_returns() =>
        // Admin.NET (Furion): public class SysUserService : IDynamicApiController — each public method is an endpoint. ABP
        // application services are auto API controllers the same way; [RemoteService(false)] and [NonAction] opt out, and a
        // service nobody publishes is judged where its result is answered.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Model + @"
public interface IDynamicApiController { }
public interface IApplicationService { }
public class RemoteServiceAttribute : System.Attribute { public RemoteServiceAttribute(bool isEnabled = true) { } }
public class SysUserService : IDynamicApiController
{
    private readonly IUserService _users = null!;
    public PagedInfo<SysUser> Page(UserQuery query) => {|CMP3003:_users.SelectUserList(query)|};
    public int Count() => _users.All().Count;
    public PagedInfo<SysUser> Nothing() { return null!; }
    [NonAction]
    public List<SysUser> ForJobs() => _users.All();
    private List<SysUser> Internal() => _users.All();
}
public class MemberAppService : IApplicationService
{
    private readonly IUserService _users = null!;
    public async Task<TData<List<SysUser>>> GetListAsync(UserQuery query) => await {|CMP3003:_users.GetList(query)|};
}
[RemoteService(false)]
public class InternalAppService : IApplicationService
{
    private readonly IUserService _users = null!;
    public List<SysUser> All() => _users.All();
}
public class PlainUserService
{
    private readonly IUserService _users = null!;
    public List<SysUser> All() => _users.All();
}
");

    [Fact]
    public Task A_dictionary_body_answers_its_entries_and_the_callers_own_profile_is_no_disclosure() =>
        // Zr.Admin.NET: dic.Add("user", sysUser); return SUCCESS(dic); — the profile endpoint loads the record by
        // HttpContext.GetUId(), the signed-in user's own id read from the claims, and answers the caller's own data
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Model + @"
public static class HttpContextExtensions { public static long GetUId(this Microsoft.AspNetCore.Http.HttpContext context) => 0; }
public interface IUserLookup { SysUser SelectUserById(long id); }
public class SysUserEditController : BaseController
{
    private readonly IUserLookup UserService = null!;

    [HttpGet(""{userId}"")]
    public IActionResult GetInfo(long userId)
    {
        Dictionary<string, object> dic = new();
        dic.Add(""count"", 1);
        SysUser sysUser = UserService.SelectUserById(userId);
        {|CMP3003:dic.Add(""user"", sysUser)|};
        return SUCCESS(dic);
    }

    [HttpGet(""profile"")]
    public IActionResult Profile()
    {
        long userId = HttpContext.GetUId();
        var user = UserService.SelectUserById(userId);
        return SUCCESS(new { user });
    }
}
");

    [Fact]
    public Task An_unbound_query_chain_answers_what_the_endpoint_declares() =>
        // Admin.NET (fallback compilation: Furion and SqlSugar did not restore): public class SysUserService :
        // IDynamicApiController returning Task<SqlSugarPagedList<UserOutput>> from an unbound query chain
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
public class UserOutput { public long Id { get; set; } public string RealName { get; set; } = """"; public string Phone { get; set; } = """"; public string IdCardNum { get; set; } = """"; }
public class OrgOutput { public long Id { get; set; } public string Code { get; set; } = """"; }
public class SysUserService : IDynamicApiController, ITransient
{
    private readonly SqlSugarRepository<UserOutput> _rep = null!;
    public async Task<SqlSugarPagedList<UserOutput>> Page(int page) => await {|CMP3003:_rep.AsQueryable().ToPagedListAsync(page, 20)|};
    public async Task<SqlSugarPagedList<OrgOutput>> Orgs(int page) => await _rep.AsQueryable().ToPagedListAsync(page, 20);
}
public class UserCache
{
    private readonly SqlSugarRepository<UserOutput> _rep = null!;
    public async Task<SqlSugarPagedList<UserOutput>> Page(int page) => await _rep.AsQueryable().ToPagedListAsync(page, 20);
}
");

    [Fact]
    public Task A_failed_call_of_the_codes_own_service_answers_what_the_service_declares() =>
        // CoreShop (fallback compilation: SqlSugar did not restore): var list = await _users.QueryPageAsync(where, p => p.id,
        // OrderByType.Asc); jm.data = list; — the unbound enum argument fails overload resolution, but the service's one
        // candidate method declares Task<List<Member>>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(@"
using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
public class Member { public int id { get; set; } public string mobile { get; set; } = """"; public string nickName { get; set; } = """"; }
public class Grade { public int id { get; set; } public string title { get; set; } = """"; }
public class AdminUiCallBack { public int code { get; set; } public object data { get; set; } = null!; }
public interface IMemberServices { Task<List<Member>> QueryPageAsync(int page, OrderByType order); Task<List<Grade>> Grades(OrderByType order); }
public class CoreCmsUserController : ControllerBase
{
    private readonly IMemberServices _users = null!;
    [HttpPost]
    public async Task<AdminUiCallBack> GetPageList()
    {
        var jm = new AdminUiCallBack();
        var list = await _users.QueryPageAsync(1, OrderByType.Asc);
        {|CMP3003:jm.data = list|};
        return jm;
    }
    [HttpPost]
    public async Task<AdminUiCallBack> GetGrades()
    {
        var jm = new AdminUiCallBack();
        var list = await _users.Grades(OrderByType.Asc);
        jm.data = list;
        return jm;
    }
}
");

    [Fact]
    public Task A_lookup_keyed_on_the_signed_in_users_id_is_the_callers_own_record() =>
        // Admin.NET: GetUserInfo() loads _sysUserRep.GetFirstAsync(u => u.Id == _userManager.UserId) — the predicate keys on
        // the signed-in user's id (its UserManager reads the claims) — and answers the caller's own phone and ID card. The
        // same lookup keyed on a route id is somebody else's record.
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(@"
using System;
using System.Linq.Expressions;
using System.Threading.Tasks;
public interface IDynamicApiController { }
public class UserManager { public long UserId { get; set; } }
public class SysUser { public long Id { get; set; } public string Phone { get; set; } = """"; public string IdCardNum { get; set; } = """"; }
public class LoginUserOutput { public string Phone { get; set; } = """"; public string IdCardNum { get; set; } = """"; }
public interface IRepository<T> { Task<T> GetFirstAsync(Expression<Func<T, bool>> where); }
public class SysAuthService : IDynamicApiController
{
    private readonly UserManager _userManager = null!;
    private readonly IRepository<SysUser> _rep = null!;
    public async Task<LoginUserOutput> GetUserInfo()
    {
        var user = await _rep.GetFirstAsync(u => u.Id == _userManager.UserId);
        return new LoginUserOutput { Phone = user.Phone, IdCardNum = user.IdCardNum };
    }
    public async Task<LoginUserOutput> GetOther(long id)
    {
        var user = await _rep.GetFirstAsync(u => u.Id == id);
        return new LoginUserOutput { {|CMP3003:Phone = user.Phone|}, {|CMP3003:IdCardNum = user.IdCardNum|} };
    }
}
");
}

/// <summary>
/// NPOI's <c>cell.SetCellValue(value)</c> — the spreadsheet API of the Chinese admin frameworks sampled in bench/recall/pii
/// (CoreShop's member, order and withdrawal exports) — writes a cell of a workbook that is saved and handed on (CMP3004), as
/// ClosedXML's <c>Cell(r, c).Value</c> does. Matched bound and, when NPOI did not restore, by name. Header labels, ids and
/// masked values are not personal data.
/// </summary>
public class NpoiCellTests
{
    [Fact]
    public Task SetCellValue_of_an_export_writes_the_person_to_a_file() =>
        AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyAsync(@"
using System.Collections.Generic;
namespace NPOI.SS.UserModel
{
    public interface ICell { void SetCellValue(string value); void SetCellValue(double value); }
    public interface IRow { ICell CreateCell(int column); }
}
namespace Shop
{
    using NPOI.SS.UserModel;
    public class Member { public int Id { get; set; } public string Mobile { get; set; } = """"; public string CardNumber { get; set; } = """"; public string Level { get; set; } = """"; }
    public static class Mask { public static string Phone(string s) => s.Substring(0, 3) + ""****""; }
    public class MemberExport
    {
        public void Rows(List<Member> members, System.Func<int, IRow> createRow)
        {
            createRow(0).CreateCell(0).SetCellValue(""mobile"");
            for (var i = 0; i < members.Count; i++)
            {
                var row = createRow(i + 1);
                row.CreateCell(0).SetCellValue(members[i].Id);
                {|CMP3004:row.CreateCell(1).SetCellValue(members[i].Mobile)|};
                {|CMP3004:row.CreateCell(2).SetCellValue(members[i].CardNumber)|};
                row.CreateCell(3).SetCellValue(members[i].Level);
                row.CreateCell(4).SetCellValue(Mask.Phone(members[i].Mobile));
            }
        }
    }
}
");

    [Fact]
    public Task SetCellValue_is_matched_when_NPOI_did_not_restore() =>
        AnalyzerTest<PersonalDataWrittenToFileAnalyzer>.VerifyBrokenAsync(@"
using System.Collections.Generic;
public class Member { public int Id { get; set; } public string Mobile { get; set; } = """"; }
public class MemberExport
{
    public void Rows(List<Member> members, ISheet sheet)
    {
        for (var i = 0; i < members.Count; i++)
        {
            var row = sheet.CreateRow(i + 1);
            row.CreateCell(0).SetCellValue(members[i].Id);
            {|CMP3004:row.CreateCell(1).SetCellValue(members[i].Mobile)|};
        }
    }

    // CoreShop: the list came from a call that did not bind (an unrestored ORM argument), so its elements are unbound too
    public void Unbound(ISheet sheet)
    {
        var listModel = Repository.QueryListByClause(OrderByType.Asc);
        for (var i = 0; i < 10; i++)
        {
            var cell = sheet.CreateRow(i + 1).CreateCell(1);
            {|CMP3004:cell.SetCellValue(listModel[i].mobile)|};
            sheet.CreateRow(i + 1).CreateCell(2).SetCellValue(listModel[i].id);
        }
    }
}
");
}
