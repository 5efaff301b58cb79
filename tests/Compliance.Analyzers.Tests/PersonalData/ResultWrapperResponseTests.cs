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
    public Task A_redirect_to_a_page_is_no_result_helper() =>
        AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyAsync(Model + @"
public class SysUserController : BaseController
{
    private readonly IUserService UserService = null!;

    [HttpPost(""promote"")]
    public IActionResult Promote(long id)
    {
        var user = UserService.All().First(u => u.UserId == id);
        return RedirectToPage(""Detail"", new { id = user.UserId, mail = user.Email });
    }
}");

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
}
");
}
