namespace Compliance.Analyzers.Tests.PersonalData;

using Compliance.Analyzers.PersonalData;

/// <summary>
/// Issue 14 recall (branch piiresp8): MVC 5 / Web API 2 controllers scanned on .NET, where System.Web never binds. The
/// result factories (<c>Ok</c>, <c>Json</c>, <c>Created</c>) are unbound calls on the controller, but their payload binds:
/// it is the response, as it is for an ASP.NET Core controller.
/// </summary>
public class UnboundResultFactoryResponseTests
{
    [Fact]
    public Task Unbound_ok_and_json_of_a_system_web_controller_answer_their_payload()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(@"
using System.Web.Http;
using System.Web.Mvc;
public class Patient { public int Id { get; set; } public string Name { get; set; } = """"; public string Mobile { get; set; } = """"; public string IdNumber { get; set; } = """"; public string Ward { get; set; } = """"; }
public class Bed { public int Id { get; set; } public string Ward { get; set; } = """"; }
public class PatientRepository { public Patient Get(int id) => new Patient(); public Bed GetBed(int id) => new Bed(); }
public class PatientApiController : ApiController
{
    private readonly PatientRepository _repo = new PatientRepository();
    public IHttpActionResult Get(int id)
    {
        var p = _repo.Get(id);
        if (p == null) return NotFound();
        return Ok(new { p.Id, {|CMP3003:p.Mobile|}, {|CMP3003:p.IdNumber|}, p.Ward });
    }
    public IHttpActionResult Ward(int id)
    {
        var p = _repo.Get(id);
        return Ok(new { p.Id, p.Ward, Tail = p.Mobile.Substring(p.Mobile.Length - 4) });
    }
    public IHttpActionResult Post(Patient input)
    {
        var p = _repo.Get(input.Id);
        return Created(""api/patients/"" + p.Id, new { p.Id, {|CMP3003:Phone = p.Mobile|} });
    }
}
public class BedController : Controller
{
    private readonly PatientRepository _repo = new PatientRepository();
    public JsonResult Get(int id)
    {
        var p = {|CMP3003:_repo.Get(id)|};
        return Json(p, JsonRequestBehavior.AllowGet);
    }
    public JsonResult GetBed(int id)
    {
        var b = _repo.GetBed(id);
        return Json(b, JsonRequestBehavior.AllowGet);
    }
}
public class PatientCard
{
    private readonly PatientRepository _repo = new PatientRepository();
    public object Show(int id) => Ok(_repo.Get(id));
}");
    }
}

/// <summary>
/// Issue 14 recall (branch piiresp8): a string concatenation with one operand that did not bind (a message of a package
/// that was not restored) has an error type, not string; its other operands are still what the message carries.
/// </summary>
public class UnboundPersonalDataConcatenationTests
{
    [Fact]
    public Task A_concatenation_with_an_unbound_operand_still_carries_its_person_data()
    {
        return AnalyzerTest<PersonalDataLoggedAnalyzer>.VerifyBrokenAsync(@"
using log4net;
using MassTransit;
using Microsoft.Extensions.Logging;
public class Holder { public string Name { get; set; } = """"; public string Phone { get; set; } = """"; public string Status { get; set; } = """"; }
public class Claim { public string ClaimNo { get; set; } = """"; public Holder Holder { get; set; } = new Holder(); }
public class SurveyorAssignedConsumer
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(SurveyorAssignedConsumer));
    private readonly ILogger<SurveyorAssignedConsumer> _logger;
    public SurveyorAssignedConsumer(ILogger<SurveyorAssignedConsumer> logger) { _logger = logger; }
    public void Consume(ConsumeContext<SurveyorAssigned> context, Claim claim)
    {
        {|CMP3001:Log.Info(""Surveyor "" + context.Message.SurveyorId + "" for "" + claim.ClaimNo + "" ("" + claim.Holder.Phone + "")"")|};
        Log.Info(""Surveyor "" + context.Message.SurveyorId + "" for claim "" + claim.ClaimNo + "" status "" + claim.Holder.Status);
        {|CMP3001:_logger.LogInformation(""assigned "" + context.Message.SurveyorId + "" to "" + claim.Holder.Phone)|};
        _logger.LogInformation(""assigned "" + context.Message.SurveyorId + "" to "" + claim.ClaimNo);
        var total = context.Message.Fee + claim.Holder.Phone.Length;
        _logger.LogInformation(""fee {Total}"", total);
    }
}");
    }
}

/// <summary>
/// Issue 14 recall (branch piiresp8): an entity loaded through an ORM that did not restore (SqlSugar, FreeSql, Dapper, a
/// generic repository) and returned whole. The call is unbound, but the entity type in the chain binds; a projection, an
/// aggregate or a lookup of the caller's own record is not the entity.
/// </summary>
public class UnboundQueryEntityResponseTests
{
    [Fact]
    public Task An_entity_of_an_unbound_orm_query_returned_whole_is_a_response()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(@"
using System.Data;
using System.Threading.Tasks;
using Dapper;
using FreeSql;
using Microsoft.AspNetCore.Mvc;
using SqlSugar;
public class Teacher { public long Id { get; set; } public string Mobile { get; set; } = """"; public string IdCardNo { get; set; } = """"; }
public class Course { public long Id { get; set; } public string Title { get; set; } = """"; }
[ApiController]
public class TeachersController : ControllerBase
{
    private readonly ISqlSugarClient db;
    private readonly IFreeSql fsql;
    private readonly IDbConnection conn;
    public TeachersController(ISqlSugarClient db, IFreeSql fsql, IDbConnection conn) { this.db = db; this.fsql = fsql; this.conn = conn; }
    private long CurrentUserId => 1;
    public async Task<IActionResult> Get(long id)
    {
        var t = await {|CMP3003:db.Queryable<Teacher>().InSingleAsync(id)|};
        return t is null ? NotFound() : Ok(t);
    }
    public async Task<IActionResult> ByFreeSql(long id) => Ok(await {|CMP3003:fsql.Select<Teacher>().Where(x => x.Id == id).FirstAsync()|});
    public async Task<IActionResult> ByDapper(long id) => Ok(await {|CMP3003:conn.QueryFirstAsync<Teacher>(""select * from teacher where id = @id"", new { id })|});
    public async Task<IActionResult> Course(long id) => Ok(await db.Queryable<Course>().InSingleAsync(id));
    public async Task<IActionResult> Ids() => Ok(await db.Queryable<Teacher>().Select(x => new { x.Id }).ToListAsync());
    public async Task<IActionResult> Count() => Ok(await db.Queryable<Teacher>().CountAsync());
    public async Task<IActionResult> Me() => Ok(await db.Queryable<Teacher>().InSingleAsync(CurrentUserId));
}
public class TeacherCache
{
    private readonly ISqlSugarClient db;
    public TeacherCache(ISqlSugarClient db) { this.db = db; }
    public async Task<Teacher> Load(long id) => await db.Queryable<Teacher>().InSingleAsync(id);
}");
    }
}

/// <summary>
/// Issue 14 recall (branch piiresp8): an ABP application service is an HTTP API (ABP's conventional controllers publish
/// its public methods), so an entity it returns is a response; <c>[RemoteService(false)]</c> keeps a service in-process.
/// </summary>
public class AbpApplicationServiceResponseTests
{
    [Fact]
    public Task An_entity_returned_by_an_abp_application_service_is_a_response()
    {
        return AnalyzerTest<PersonalDataInResponseAnalyzer>.VerifyBrokenAsync(@"
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Volo.Abp;
using Volo.Abp.Application.Services;
using Volo.Abp.Domain.Repositories;
public class Leader { public long Id { get; set; } public string Mobile { get; set; } = """"; public string BankCardNo { get; set; } = """"; public int Level { get; set; } }
public class LeaderAppService : ApplicationService
{
    private readonly IRepository<Leader, long> _leaders;
    public LeaderAppService(IRepository<Leader, long> leaders) { _leaders = leaders; }
    public async Task<Leader> GetDetailAsync(long id)
    {
        var leader = await {|CMP3003:_leaders.GetAsync(id)|};
        return leader;
    }
    public async Task<int> GetLevelAsync(long id)
    {
        var leader = await _leaders.GetAsync(id);
        return leader.Level;
    }
    public async Task<List<Leader>> GetPendingAsync(int level)
    {
        var list = await _leaders.GetListAsync(l => l.Level == level);
        return {|CMP3003:list.OrderBy(l => l.Id).ToList()|};
    }
    public async Task<List<long>> GetPendingIdsAsync(int level)
    {
        var list = await _leaders.GetListAsync(l => l.Level == level);
        return list.OrderBy(l => l.Id).Select(l => l.Id).ToList();
    }
    public async Task<object> GetProfileAsync()
    {
        var me = await _leaders.GetAsync(CurrentUser.GetId());
        return new { me.Id, me.Mobile };
    }
    public async Task<object> GetCardAsync(long id)
    {
        var other = await _leaders.GetAsync(id);
        return new { other.Id, {|CMP3003:other.Mobile|} };
    }
    public async Task<long> CountAsync() => await _leaders.GetCountAsync();
    private async Task<Leader> LoadAsync(long id) => await _leaders.GetAsync(id);
}
[RemoteService(false)]
public class LeaderSyncService : ApplicationService
{
    private readonly IRepository<Leader, long> _leaders;
    public LeaderSyncService(IRepository<Leader, long> leaders) { _leaders = leaders; }
    public async Task<Leader> GetAsync(long id) => await _leaders.GetAsync(id);
}
public class LeaderCache
{
    private readonly IRepository<Leader, long> _leaders;
    public LeaderCache(IRepository<Leader, long> leaders) { _leaders = leaders; }
    public async Task<Leader> GetAsync(long id) => await _leaders.GetAsync(id);
}");
    }
}
