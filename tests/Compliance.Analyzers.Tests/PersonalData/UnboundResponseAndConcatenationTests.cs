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
public class UnboundConcatenationTests
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
