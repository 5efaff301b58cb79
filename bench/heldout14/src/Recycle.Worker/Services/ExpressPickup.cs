using System.Net.Http.Json;
using System.Text.Json;
using Recycle.Worker.Models;

namespace Recycle.Worker.Services;

/// <summary>
/// 邮寄回收：下单后叫顺丰上门取件，面单打印
/// </summary>
public sealed class ExpressPickup
{
    private readonly HttpClient _http;
    private readonly IConfiguration _config;
    private readonly ILogger<ExpressPickup> _logger;

    public ExpressPickup(HttpClient http, IConfiguration config, ILogger<ExpressPickup> logger)
    {
        _http = http;
        _config = config;
        _logger = logger;
    }

    public async Task<string?> CallCourierAsync(RecycleOrder order)
    {
        var req = new
        {
            orderId = order.OrderNo,
            sender = new { name = order.SellerName, mobile = order.SellerMobile, address = order.PickupAddress },
            receiver = new { name = "回收中心收货组", mobile = "0755-86001234", address = "深圳市南山区科技园回收中心 3 号仓" },
            cargo = order.Model
        };
        var resp = await _http.PostAsJsonAsync(_config["Express:Url"] ?? "https://sfapi.example.com/std/service", req);
        var body = await resp.Content.ReadAsStringAsync();
        if (!resp.IsSuccessStatusCode)
        {
            _logger.LogError("叫件失败 {OrderNo} 请求 {Request} 返回 {Body}", order.OrderNo, JsonSerializer.Serialize(req), body);
            return null;
        }
        var waybill = JsonDocument.Parse(body).RootElement.GetProperty("waybillNo").GetString();
        _logger.LogInformation("叫件成功 {OrderNo} 运单 {Waybill}", order.OrderNo, waybill);
        return waybill;
    }

    /// <summary>
    /// 面单文本（热敏打印机）
    /// </summary>
    public static string LabelText(RecycleOrder order, string waybill) =>
        $"运单:{waybill}\n寄:{order.SellerName} {order.SellerMobile[..3]}****{order.SellerMobile[^4..]}\n收:回收中心 3 号仓";

    /// <summary>
    /// 取件异常（地址不对、联系不上），打到控制台给值班同事看
    /// </summary>
    public static void ReportPickupIssue(RecycleOrder order, string issue)
    {
        Console.WriteLine($"[取件异常] {order.OrderNo} {issue} 联系人 {order.SellerName} {order.SellerMobile} 地址 {order.PickupAddress}");
    }
}
