using System.Web.Mvc;
using BranchWealth.Models;
using BranchWealth.Services;

namespace BranchWealth.Controllers;

[Authorize]
public class RiskController : Controller
{
    private readonly CustomerRepository _repo = new CustomerRepository();

    [HttpPost]
    [ValidateAntiForgeryToken]
    public ActionResult Assess(int customerId, string answers, int age)
    {
        var c = _repo.Get(customerId);
        var score = RiskQuestionnaire.Score(answers);
        var level = RiskQuestionnaire.Cap(RiskQuestionnaire.LevelFor(score), age);
        c.RiskLevel = level;
        c.RiskAssessedOn = DateTime.Today;
        _repo.Save(c);
        LogHelper.WriteLog("RISK", $"customer {c.CustomerNo} score {score} level {level}");
        return Json(new { score, level = level.ToString() });
    }

    [HttpGet]
    public ActionResult Suitability(int customerId, string productCode)
    {
        var c = _repo.Get(customerId);
        var p = ProductCatalog.Find(productCode);
        if (p == null) return HttpNotFound();
        if (c.RiskAssessmentExpired(DateTime.Today))
            return Json(new { ok = false, msg = "风险评估已过期，请重新评估" }, JsonRequestBehavior.AllowGet);
        var ok = p.SuitableFor(c.RiskLevel);
        if (!ok)
            System.Diagnostics.Debug.WriteLine($"unsuitable: {c.Name} {c.IdNumber} {c.RiskLevel} -> {p.Code} {p.Risk}");
        return Json(new { ok, customerLevel = c.RiskLevel.ToString(), productRisk = p.Risk.ToString() }, JsonRequestBehavior.AllowGet);
    }
}

public static class ProductCatalog
{
    private static readonly List<WealthProduct> Products = new()
    {
        new WealthProduct { Code = "WM2401", Name = "稳享90天", Issuer = "本行理财子", Risk = ProductRisk.R2, TermDays = 90, BenchmarkYield = 0.029m },
        new WealthProduct { Code = "WM2402", Name = "添利一年", Issuer = "本行理财子", Risk = ProductRisk.R2, TermDays = 365, BenchmarkYield = 0.032m },
        new WealthProduct { Code = "FD0117", Name = "均衡成长混合", Issuer = "代销基金", Risk = ProductRisk.R3, TermDays = 0 },
        new WealthProduct { Code = "FD0203", Name = "科技先锋股票", Issuer = "代销基金", Risk = ProductRisk.R4, TermDays = 0 },
    };

    public static WealthProduct Find(string code) => Products.FirstOrDefault(p => p.Code == code);
    public static IReadOnlyList<WealthProduct> All => Products;
}
