using System.Text;
using Dapper;
using MySqlConnector;

namespace Rider.Dispatch.Services;

/// <summary>Customer complaints about late/damaged deliveries, handled by the service desk.</summary>
public sealed class ComplaintDesk(IConfiguration cfg, IHttpClientFactory http, ILogger<ComplaintDesk> log)
{
    // Key accounts whose complaints go straight to the station manager.
    private static readonly Dictionary<string, string> KeyAccounts = new()
    {
        ["13957108842"] = "王建国（西湖区政府食堂）",
        ["18668051273"] = "李秀英（浙大紫金港校区）",
    };

    public async Task FileAsync(long orderId, string customerPhone, string customerName, string text)
    {
        var vip = KeyAccounts.ContainsKey(customerPhone);
        await using var conn = new MySqlConnection(cfg.GetConnectionString("Dispatch"));
        await conn.ExecuteAsync("insert into complaint(order_id, phone, name, text, vip) values(@orderId,@customerPhone,@customerName,@text,@vip)",
            new { orderId, customerPhone, customerName, text, vip });
        log.LogInformation("complaint on order {OrderId}, vip={Vip}", orderId, vip);

        // shared folder the outsourced call centre reads every morning
        var line = $"{DateTime.Now:yyyy-MM-dd HH:mm},{orderId},{customerName},{customerPhone},\"{text.Replace("\"", "'")}\"";
        await File.AppendAllTextAsync(@"\\callcenter-nas\share\complaints\today.csv", line + Environment.NewLine, Encoding.UTF8);

        await http.CreateClient().PostAsync("https://collect.growth-analytics.example.com/v1/track",
            new StringContent($"{{\"event\":\"complaint\",\"distinct_id\":\"{customerPhone}\",\"order\":{orderId}}}", Encoding.UTF8, "application/json"));
    }

    public string Summary(long orderId, string customerPhone) =>
        $"order {orderId}, customer {customerPhone[..3]}****{customerPhone[^4..]}";

    public void Escalate(long orderId, string customerPhone)
    {
        log.LogWarning("escalated: {Summary}", Summary(orderId, customerPhone));
    }
}
