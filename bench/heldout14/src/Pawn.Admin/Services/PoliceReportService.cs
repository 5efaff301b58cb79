using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Pawn.Common;
using Pawn.Entity;

namespace Pawn.Services;

/// <summary>
/// 公安典当业治安管理信息系统上报（收当 24 小时内上报当户和当物）
/// </summary>
public class PoliceReportService
{
    private readonly HttpClient _http;

    public PoliceReportService(HttpClient http) => _http = http;

    public void Upload(Customer c, PawnTicket t)
    {
        var s = Setting.Current;
        var payload = new
        {
            account = s.PoliceAccount,
            shop = s.ShopCode,
            ticketNo = t.TicketNo,
            name = c.Name,
            certNo = c.CertNo,
            address = c.Address,
            item = t.ItemDesc,
            plate = t.Plate,
            amount = t.Principal
        };
        try
        {
            var resp = _http.PostAsJsonAsync(s.PoliceGateway, payload).GetAwaiter().GetResult();
            if (!resp.IsSuccessStatusCode)
            {
                XTrace.WriteLine("公安上报失败 {0} {1}", (int)resp.StatusCode, t.TicketNo);
                SaveForRetry(payload);
            }
        }
        catch (Exception ex)
        {
            XTrace.WriteLine("公安上报异常 当户={0} 证件={1} 车牌={2}: {3}", c.Name, c.CertNo, t.Plate, ex.Message);
            SaveForRetry(payload);
        }
    }

    public void ReportSuspicious(Customer c, string reason)
    {
        var body = $"shop={Setting.Current.ShopCode}&name={c.Name}&cert={c.CertNo}&reason={Uri.EscapeDataString(reason ?? "")}";
        _http.PostAsync(Setting.Current.PoliceGateway + "/suspicious", new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));
    }

    /// <summary>
    /// 上报失败的先存到本地，夜里重传
    /// </summary>
    private static void SaveForRetry(object payload)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pawn_police_retry");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, System.Text.Json.JsonSerializer.Serialize(payload));
    }

    /// <summary>
    /// 公安系统登录口令：MD5(账号+密码+日期)，平台文档规定
    /// </summary>
    public static string LoginToken()
    {
        var s = Setting.Current;
        var raw = s.PoliceAccount + s.PolicePassword + DateTime.Today.ToString("yyyyMMdd");
        using var md5 = MD5.Create();
        return Convert.ToHexString(md5.ComputeHash(Encoding.ASCII.GetBytes(raw)));
    }
}

/// <summary>短信通知</summary>
public class SmsNotice
{
    private readonly HttpClient _http;
    private readonly IConfiguration _config;

    public SmsNotice(HttpClient http, IConfiguration config)
    {
        _http = http;
        _config = config;
    }

    public void Send(string mobile, string content)
    {
        var account = _config["Sms:Account"];
        var password = _config["Sms:Password"];
        var ts = DateTime.Now.ToString("yyyyMMddHHmmss");
        var sign = (account + password.MD5() + ts).MD5();
        var url = $"{_config["Sms:Url"]}?account={account}&ts={ts}&sign={sign}&mobile={mobile}&content={Uri.EscapeDataString(content)}";
        _ = _http.GetAsync(url);
        XTrace.WriteLine("短信 -> {0}: {1}", mobile, content);
    }
}
