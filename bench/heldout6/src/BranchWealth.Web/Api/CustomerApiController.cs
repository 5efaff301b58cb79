using System.Net;
using System.Net.Http;
using System.Web.Http;
using BranchWealth.Controllers;
using BranchWealth.Models;
using BranchWealth.Services;

namespace BranchWealth.Api;

/// <summary>移动展业 App（PAD）用的 Web API 2 接口。</summary>
[RoutePrefix("api/v1/customers")]
[Authorize]
public class CustomerApiController : ApiController
{
    private readonly CustomerRepository _repo = new CustomerRepository();

    [HttpGet, Route("{id:int}")]
    public IHttpActionResult Get(int id)
    {
        var c = _repo.Get(id);
        if (c == null) return NotFound();
        return Ok(new
        {
            c.Id,
            c.CustomerNo,
            c.Name,
            c.Mobile,
            c.IdNumber,
            c.RiskLevel,
        });
    }

    [HttpGet, Route("{id:int}/summary")]
    public CustomerSummary Summary(int id)
    {
        var c = _repo.Get(id);
        return new CustomerSummary { Id = c.Id, CustomerNo = c.CustomerNo, MaskedName = c.Name[0] + "**", RiskLevel = c.RiskLevel, AssetsUnderManagement = c.AssetsUnderManagement };
    }

    [HttpPost, Route("{id:int}/visit")]
    public HttpResponseMessage RecordVisit(int id, [FromBody] VisitRecord visit)
    {
        var c = _repo.Get(id);
        if (c == null)
            return Request.CreateErrorResponse(HttpStatusCode.NotFound, $"customer {id} not found");
        LogHelper.WriteLog("VISIT", $"{visit.ManagerCode} visited {c.CustomerNo} at {visit.Location}: {visit.Summary}");
        return Request.CreateResponse(HttpStatusCode.Created);
    }
}

public class VisitRecord
{
    public string ManagerCode { get; set; }
    public string Location { get; set; }
    public string Summary { get; set; }
    public DateTime VisitedAt { get; set; }
}
