using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Text;
using ColdChain.Telemetry.Data;
using ColdChain.Telemetry.Telemetry;

namespace ColdChain.Telemetry.Reports;

/// <summary>
/// Excursion report for the shipper's QA department (GSP deviation record). Sent to the
/// shipper's QA mailbox; it names the consignee because the shipper must contact them.
/// </summary>
public sealed class ExcursionReport
{
    private readonly IConfiguration _config;
    private readonly ILogger<ExcursionReport> _log;

    public ExcursionReport(IConfiguration config, ILogger<ExcursionReport> log)
    {
        _config = config;
        _log = log;
    }

    public string RenderHtml(ShipmentSummary s, IReadOnlyList<(DateTime At, double TempC)> readings, ExcursionRules.ProductClass cls)
    {
        var (min, max) = ExcursionRules.Band(cls);
        var outside = ExcursionRules.MinutesOutside(readings, min, max);
        var mkt = ExcursionRules.MeanKineticTemperature(readings.Select(r => r.TempC));
        var sb = new StringBuilder();
        sb.Append("<html><body><h2>温度偏差报告 ").Append(WebUtility.HtmlEncode(s.WaybillNo)).Append("</h2>");
        sb.Append("<p>收货人：").Append(WebUtility.HtmlEncode(s.ConsigneeName)).Append(" ").Append(WebUtility.HtmlEncode(s.ConsigneePhone)).Append("</p>");
        sb.Append(CultureInfo.InvariantCulture, $"<p>温区 {min}~{max} °C，超限 {outside:F0} 分钟，MKT {mkt:F2} °C，严重：{(ExcursionRules.IsSevere(outside, cls) ? "是" : "否")}</p>");
        sb.Append("<table><tr><th>时间</th><th>温度</th></tr>");
        foreach (var (at, t) in readings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{at:yyyy-MM-dd HH:mm}</td><td>{t:F1}</td></tr>");
        }

        sb.Append("</table></body></html>");
        return sb.ToString();
    }

    public void Send(string shipperQaMailbox, ShipmentSummary s, string html)
    {
        using var smtp = new SmtpClient(_config["Smtp:Host"] ?? "smtp.exmail.qq.com", 587)
        {
            EnableSsl = true,
            Credentials = new NetworkCredential("reports@coldchain.cn", _config["Smtp:Password"]),
        };
        using var msg = new MailMessage("reports@coldchain.cn", shipperQaMailbox, $"温度偏差报告 {s.WaybillNo}", html) { IsBodyHtml = true };
        try
        {
            smtp.Send(msg);
        }
        catch (SmtpException ex)
        {
            _log.LogError(ex, "Report for {WaybillNo} to {Mailbox} failed", s.WaybillNo, shipperQaMailbox);
            File.WriteAllText(Path.Combine(Path.GetTempPath(), $"excursion-{s.WaybillNo}.html"), html);
        }
    }
}
