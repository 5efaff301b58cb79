using Microsoft.AspNetCore.Mvc;
using Pawn.Common;
using Pawn.Controllers;
using Pawn.Entity;
using Pawn.Services;

namespace Pawn.Areas.Pawn.Controllers;

/// <summary>当票业务：收当、续当、赎当、绝当</summary>
[Area("Pawn")]
public class TicketController : ControllerBaseX
{
    private readonly SmsNotice _sms;
    private readonly PoliceReportService _police;

    public TicketController(SmsNotice sms, PoliceReportService police)
    {
        _sms = sms;
        _police = police;
    }

    public IActionResult List(Pager p, int? status)
    {
        var where = status.HasValue ? "Status=@status" : null;
        return Json(PawnTicket.Search(where, new { status }, p));
    }

    /// <summary>收当</summary>
    [HttpPost]
    public IActionResult Create(PawnTicket t)
    {
        var c = Customer.FindByKey(t.CustomerId);
        if (c == null) return JsonError("请先登记当户");
        if (c.Blacklisted)
        {
            XTrace.WriteLine($"黑名单当户试图收当：{c.Name} {c.CertNo} {c.Mobile}");
            return JsonError("该当户在黑名单中，不能办理");
        }

        var rule = FeeCalculator.MaxLoanRatio(t.Category);
        if (t.Principal > t.Appraisal * rule)
            return JsonError($"当金不能超过估价的 {rule:P0}");

        t.TicketNo = $"{Setting.Current.ShopCode}{DateTime.Now:yyMMddHHmmss}";
        t.FeeRate = Setting.Current.MonthlyFeeRate;
        t.StartDate = DateTime.Today;
        t.DueDate = DateTime.Today.AddDays(FeeCalculator.TermDays(t.Category));
        t.Status = 0;
        t.OperatorId = CurrentUser.Id;
        t.Id = t.Insert();

        WriteLog("收当", $"当票 {t.TicketNo} 当金 {t.Principal:N2}");
        _police.Upload(c, t);
        return JsonOk(t.TicketNo);
    }

    /// <summary>赎当</summary>
    [HttpPost]
    public IActionResult Redeem(string ticketNo)
    {
        var t = PawnTicket.Find("TicketNo=@ticketNo", new { ticketNo });
        if (t == null || t.Status is 1 or 3) return JsonError("当票状态不允许赎当");
        var fee = FeeCalculator.Fee(t.Principal, t.FeeRate, t.StartDate, DateTime.Today);
        t.Status = 1;
        t.Update();
        var c = Customer.FindByKey(t.CustomerId);
        _sms.Send(c.Mobile, $"尊敬的{c.Name}，您的当票{t.TicketNo}已赎回，共支付{t.Principal + fee:N2}元。");
        WriteLog("赎当", $"当票 {t.TicketNo} 本金 {t.Principal:N2} 综合费 {fee:N2}");
        return JsonOk(new { t.TicketNo, Fee = fee, Total = t.Principal + fee });
    }

    /// <summary>续当</summary>
    [HttpPost]
    public IActionResult Renew(string ticketNo, int days)
    {
        var t = PawnTicket.Find("TicketNo=@ticketNo", new { ticketNo });
        if (t == null || t.Status != 0 && t.Status != 2) return JsonError("当票状态不允许续当");
        var fee = FeeCalculator.Fee(t.Principal, t.FeeRate, t.StartDate, DateTime.Today);
        t.StartDate = DateTime.Today;
        t.DueDate = DateTime.Today.AddDays(Math.Min(days, 180));
        t.Status = 2;
        t.Update();
        WriteLog("续当", $"当票 {t.TicketNo} 收取综合费 {fee:N2} 新到期日 {t.DueDate:yyyy-MM-dd}");
        return JsonOk(fee);
    }

    /// <summary>到期未赎（给业务员打电话催）</summary>
    public IActionResult Overdue()
    {
        var grace = Setting.Current.GraceDays;
        var list = PawnTicket.FindAll("Status in (0,2) and DueDate < @d", new { d = DateTime.Today.AddDays(-grace) });
        var rows = list.Select(t =>
        {
            var c = Customer.FindByKey(t.CustomerId);
            return new { t.TicketNo, t.Category, t.Principal, t.DueDate, c.Name, c.Mobile };
        }).ToList();
        XTrace.WriteLine("逾期当票 {0} 张: {1}", rows.Count, string.Join(";", rows.Select(r => r.Name + "/" + r.Mobile)));
        return JsonOk(rows);
    }
}

/// <summary>综合费计算（按《典当管理办法》）</summary>
public static class FeeCalculator
{
    public static decimal MaxLoanRatio(string category) => category switch
    {
        "黄金" => 0.9m,
        "钻石" => 0.6m,
        "名表" => 0.7m,
        "奢侈品包" => 0.5m,
        "机动车" => 0.7m,
        "房产" => 0.6m,
        _ => 0.5m
    };

    public static int TermDays(string category) => category is "房产" ? 180 : category is "机动车" ? 90 : 30;

    /// <summary>
    /// 综合费 = 当金 × 月费率 × 月数；不足 5 天按半个月，超过 5 天按一个月
    /// </summary>
    public static decimal Fee(decimal principal, decimal ratePermille, DateTime start, DateTime end)
    {
        var days = Math.Max(1, (end - start).Days);
        var months = days / 30;
        var rest = days % 30;
        decimal m = months + (rest == 0 ? 0 : rest <= 5 ? 0.5m : 1m);
        if (m < 0.5m) m = 0.5m;
        return Math.Round(principal * ratePermille / 1000m * m, 2);
    }
}
