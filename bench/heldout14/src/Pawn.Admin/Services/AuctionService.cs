using System.Security.Cryptography;
using System.Text;
using Pawn.Common;
using Pawn.Entity;

namespace Pawn.Services;

/// <summary>
/// 绝当处理：公告、拍卖、催赎
/// </summary>
public class AuctionService
{
    private readonly HttpClient _http;
    private readonly IWebHostEnvironment _env;

    public AuctionService(HttpClient http, IWebHostEnvironment env)
    {
        _http = http;
        _env = env;
    }

    /// <summary>
    /// 绝当公告（挂到官网“公告”页）
    /// </summary>
    public string PublishForfeitNotice(DateTime date)
    {
        var list = PawnTicket.FindAll("Status=3 and DueDate>=@d", new { d = date.AddDays(-30) }, "DueDate");
        var sb = new StringBuilder();
        sb.AppendLine("<h3>绝当物品公告</h3><ul>");
        foreach (var t in list)
        {
            var c = Customer.FindByKey(t.CustomerId);
            sb.AppendLine($"<li>当票 {t.TicketNo}，当户 {c.Name}（{c.CertNo}），当物 {t.ItemDesc}，到期日 {t.DueDate:yyyy-MM-dd}</li>");
        }
        sb.AppendLine("</ul>");
        var path = Path.Combine(_env.WebRootPath, "notice", $"forfeit_{date:yyyyMMdd}.html");
        File.WriteAllText(path, sb.ToString(), Encoding.UTF8);
        return path;
    }

    /// <summary>
    /// 绝当公告（脱敏版）
    /// </summary>
    public string PublishForfeitNoticeMasked(DateTime date)
    {
        var list = PawnTicket.FindAll("Status=3 and DueDate>=@d", new { d = date.AddDays(-30) }, "DueDate");
        var lines = list.Select(t =>
        {
            var c = Customer.FindByKey(t.CustomerId);
            return $"当票 {t.TicketNo}，当户 {c.Name[0]}**（{c.CertNo.HideIdCard()}），当物 {t.Category}";
        });
        var path = Path.Combine(_env.WebRootPath, "notice", $"forfeit_{date:yyyyMMdd}_m.txt");
        File.WriteAllLines(path, lines, Encoding.UTF8);
        return path;
    }

    /// <summary>
    /// 把即将绝当的客户推给外包催收公司
    /// </summary>
    public async Task PushToCollector(int days)
    {
        var list = PawnTicket.FindAll("Status in (0,2) and DueDate<@d", new { d = DateTime.Today.AddDays(days) });
        foreach (var t in list)
        {
            var c = Customer.FindByKey(t.CustomerId);
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["ticket"] = t.TicketNo,
                ["name"] = c.Name,
                ["mobile"] = c.Mobile,
                ["address"] = c.Address,
                ["amount"] = t.Principal.ToString("F2")
            });
            await _http.PostAsync("https://api.example-collect.com/v1/cases", form);
        }
        XTrace.WriteLine("推送催收 {0} 笔", list.Count);
    }

    /// <summary>
    /// 拍卖行委托编号（拍卖行系统要求：SHA1(门店+当票号) 前 12 位）
    /// </summary>
    public static string AuctionLotNo(string ticketNo)
    {
        using var sha1 = SHA1.Create();
        var h = sha1.ComputeHash(Encoding.UTF8.GetBytes(Setting.Current.ShopCode + ticketNo));
        return Convert.ToHexString(h)[..12];
    }

    /// <summary>
    /// 当物照片去重
    /// </summary>
    public static string PhotoKey(byte[] jpeg) => Convert.ToHexString(MD5.HashData(jpeg));
}
