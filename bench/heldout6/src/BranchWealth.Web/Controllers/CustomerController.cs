using System.Web;
using System.Web.Mvc;
using BranchWealth.Models;
using BranchWealth.Services;

namespace BranchWealth.Controllers;

[Authorize]
public class CustomerController : Controller
{
    private readonly CustomerRepository _repo = new CustomerRepository();
    private readonly CustomerExportService _export = new CustomerExportService();

    public ActionResult Index(int page = 1)
    {
        var list = _repo.ListForManager(User.Identity.Name, page, 20);
        var model = list.Select(c => new CustomerSummary
        {
            Id = c.Id,
            CustomerNo = c.CustomerNo,
            MaskedName = c.Name.Substring(0, 1) + "**",
            RiskLevel = c.RiskLevel,
            AssetsUnderManagement = c.AssetsUnderManagement,
        }).ToList();
        return View(model);
    }

    public ActionResult Detail(int id)
    {
        var c = _repo.Get(id);
        if (c == null || c.ManagerCode != User.Identity.Name) return HttpNotFound();
        return View(c);
    }

    /// <summary>旧版前端的 AJAX 接口：返回整个客户对象。</summary>
    [HttpGet]
    public JsonResult Get(int id)
    {
        var c = _repo.Get(id);
        return Json(c, JsonRequestBehavior.AllowGet);
    }

    public FileResult Export()
    {
        var bytes = _export.ExportForManager(_repo.ListForManager(User.Identity.Name, 1, 5000));
        LogHelper.WriteLog("EXPORT", $"manager {User.Identity.Name} exported customer list");
        return File(bytes, "application/vnd.ms-excel", "customers.xls");
    }

    [HttpPost]
    [ValidateAntiForgeryToken]
    public ActionResult UpdateContact(int id, string mobile, string email, string address)
    {
        var c = _repo.Get(id);
        LogHelper.WriteLog("CUSTOMER", string.Format("update contact {0}: {1} -> {2}, {3}, {4}", c.CustomerNo, c.Mobile, mobile, email, address));
        c.Mobile = mobile;
        c.Email = email;
        c.HomeAddress = address;
        _repo.Save(c);
        return RedirectToAction("Detail", new { id });
    }

    [HttpPost]
    public ActionResult Lookup(string idNumber)
    {
        var c = _repo.FindByIdNumber(idNumber);
        if (c == null)
            throw new HttpException(404, "客户不存在，证件号 " + idNumber);
        return RedirectToAction("Detail", new { id = c.Id });
    }
}

public class CustomerRepository
{
    public IEnumerable<Customer> ListForManager(string managerCode, int page, int size) => Array.Empty<Customer>();
    public Customer Get(int id) => null;
    public Customer FindByIdNumber(string idNumber) => null;
    public void Save(Customer c) { }
}
