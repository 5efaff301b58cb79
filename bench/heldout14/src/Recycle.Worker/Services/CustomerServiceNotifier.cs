using System.Net.Http.Json;
using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using Recycle.Worker.Models;

namespace Recycle.Worker.Services;

/// <summary>
/// 客服通知：议价、退机、投诉
/// </summary>
public sealed class CustomerServiceNotifier
{
    private const string SmtpPassword = "Kf@mail2024#";

    private readonly IHttpClientFactory _http;
    private readonly ILogger<CustomerServiceNotifier> _logger;

    public CustomerServiceNotifier(IHttpClientFactory http, ILogger<CustomerServiceNotifier> logger)
    {
        _http = http;
        _logger = logger;
    }

    /// <summary>
    /// 卖家不同意质检价，要求退机：邮件发给卖家本人
    /// </summary>
    public async Task MailReturnNotice(RecycleOrder order, string sellerEmail)
    {
        using var smtp = new SmtpClient("smtp.exmail.qq.com", 587)
        {
            EnableSsl = true,
            Credentials = new System.Net.NetworkCredential("kefu@huishou-tech.cn", SmtpPassword)
        };
        var body = $"{order.SellerName}您好，您的订单{order.OrderNo}将原路寄回：{order.PickupAddress}";
        await smtp.SendMailAsync(new MailMessage("kefu@huishou-tech.cn", sellerEmail, "退机通知", body));
        _logger.LogInformation("退机通知已发送 {OrderNo}", order.OrderNo);
    }

    /// <summary>
    /// 投诉工单转给客服组（企业微信群，40 人）
    /// </summary>
    public async Task ForwardComplaint(RecycleOrder order, string complaint)
    {
        var client = _http.CreateClient();
        var text = $"投诉：订单 {order.OrderNo}\n卖家：{order.SellerName} {order.SellerMobile}\n身份证：{order.SellerIdCard}\n内容：{complaint}";
        await client.PostAsJsonAsync("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=c2e5a8d1-3f6b-4c9e-a7d0-1b4e7f2a5c8d",
            new { msgtype = "text", text = new { content = text } });
    }

    /// <summary>
    /// 议价记录（写本地文件，客服主管抽查）
    /// </summary>
    public void RecordBargain(RecycleOrder order, decimal offered, decimal asked)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "bargain");
        Directory.CreateDirectory(dir);
        File.AppendAllText(Path.Combine(dir, $"{DateTime.Today:yyyyMMdd}.txt"),
            $"{order.OrderNo}\t{order.SellerMobile}\t{offered}\t{asked}{Environment.NewLine}");
        Console.WriteLine($"议价 {order.OrderNo}: 报 {offered} 要 {asked}");
    }

    /// <summary>
    /// 订单的 UUIDv5（对接 ERP 用的稳定 ID）
    /// </summary>
    public static Guid StableId(string orderNo)
    {
        var ns = new Guid("6ba7b811-9dad-11d1-80b4-00c04fd430c8").ToByteArray();
        var hash = SHA1.HashData(ns.Concat(Encoding.UTF8.GetBytes(orderNo)).ToArray());
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }
}
