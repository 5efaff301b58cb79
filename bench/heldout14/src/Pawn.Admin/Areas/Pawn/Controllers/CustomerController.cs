using Microsoft.AspNetCore.Mvc;
using Pawn.Common;
using Pawn.Controllers;
using Pawn.Entity;
using Pawn.Services;

namespace Pawn.Areas.Pawn.Controllers;

/// <summary>当户管理</summary>
[Area("Pawn")]
public class CustomerController : ControllerBaseX
{
    private readonly PoliceReportService _police;

    public CustomerController(PoliceReportService police) => _police = police;

    public IActionResult Index() => View();

    /// <summary>列表（layui 表格数据源）</summary>
    public IActionResult List(Pager p)
    {
        var where = "1=1";
        object param = null;
        if (!p.Q.IsNullOrEmpty())
        {
            where = "(Name like @q or CertNo=@key or Mobile=@key)";
            param = new { q = "%" + p.Q + "%", key = p.Q };
            XTrace.WriteLine("当户查询 操作员={0} 关键字={1}", CurrentUser?.Name, p.Q);
        }
        var page = Customer.Search(where, param, p);
        foreach (var c in page.Rows)
        {
            c.CertNo = c.CertNo.HideIdCard();
            c.Mobile = c.Mobile.HideMobile();
            c.BankCard = c.BankCard.HideBankCard();
        }
        return Json(page);
    }

    /// <summary>当户详情（柜台办理时看完整信息）</summary>
    public IActionResult Detail(int id)
    {
        var c = Customer.FindByKey(id);
        if (c == null) return JsonError("当户不存在");
        return JsonOk(c);
    }

    /// <summary>按证件号查当户（身份证读卡器回填）</summary>
    [AllowAnonymousX]
    public IActionResult ByCert(string certNo)
    {
        var c = Customer.FindByCertNo(certNo);
        return Json(new PageResult<Customer> { Total = c == null ? 0 : 1, Rows = c == null ? new List<Customer>() : new List<Customer> { c } });
    }

    [HttpPost]
    public IActionResult Save(Customer model)
    {
        if (!IdCardValidator.Check(model.CertNo))
            return JsonError($"证件号码 {model.CertNo} 校验失败");

        var exist = Customer.FindByCertNo(model.CertNo);
        if (exist != null && exist.Id != model.Id)
            return JsonError("该证件号码已登记为其他当户");

        if (model.Id == 0)
        {
            model.CreateTime = DateTime.Now;
            model.Id = model.Insert();
            WriteLog("新增", $"新增当户 {model}");
        }
        else
        {
            model.Update();
            WriteLog("修改", $"修改当户 Id={model.Id}");
        }
        return JsonOk(model.Id);
    }

    /// <summary>拉黑</summary>
    [HttpPost]
    public IActionResult Blacklist(int id, string reason)
    {
        var c = Customer.FindByKey(id);
        c.Blacklisted = true;
        c.Remark = reason;
        c.Update();
        WriteLog("拉黑", "当户 " + c.Name + " 身份证 " + c.CertNo + " 原因：" + reason);
        _police.ReportSuspicious(c, reason);
        return JsonOk();
    }

    /// <summary>修改收款卡</summary>
    [HttpPost]
    public IActionResult ChangeBankCard(int id, string bankCard, string bankName)
    {
        var c = Customer.FindByKey(id);
        var masked = bankCard.HideBankCard();
        c.BankCard = bankCard;
        c.BankName = bankName;
        c.Update();
        WriteLog("改卡", $"当户{id} 收款卡改为 {masked} {bankName}");
        return JsonOk();
    }
}

public static class IdCardValidator
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

    public static bool Check(string id)
    {
        if (id == null || id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (id[i] < '0' || id[i] > '9') return false;
            sum += (id[i] - '0') * Weights[i];
        }
        return "10X98765432"[sum % 11] == char.ToUpperInvariant(id[17]);
    }
}
