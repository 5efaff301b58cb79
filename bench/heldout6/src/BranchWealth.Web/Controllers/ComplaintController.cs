using System.Web;
using System.Web.Mvc;
using BranchWealth.Models;
using BranchWealth.Services;

namespace BranchWealth.Controllers;

[Authorize]
public class ComplaintController : Controller
{
    private readonly CustomerRepository _repo = new CustomerRepository();

    [HttpPost]
    [ValidateAntiForgeryToken]
    public ActionResult Create(int customerId, string content, decimal redemptionAmount)
    {
        var c = _repo.Get(customerId);
        var route = EscalationPolicy.Route(c, redemptionAmount);
        LogHelper.WriteLog("COMPLAINT", $"complaint by {c.Name} tel {c.Mobile} routed to {route}: {content}");
        System.Diagnostics.Trace.TraceWarning("complaint route {0} for customer {1}", route, c.CustomerNo);
        if (route == "PRESIDENT")
            return Json(new { ok = true, route, contact = EscalationPolicy.DutyOfficer });
        return Json(new { ok = true, route });
    }

    public ActionResult Print(int customerId)
    {
        var c = _repo.Get(customerId);
        if (c == null) return HttpNotFound();
        Response.Write($"<h3>投诉登记表</h3><p>客户：{HttpUtility.HtmlEncode(c.Name)} 证件号：{HttpUtility.HtmlEncode(c.IdNumber)} 地址：{HttpUtility.HtmlEncode(c.HomeAddress)}</p>");
        return new EmptyResult();
    }
}
