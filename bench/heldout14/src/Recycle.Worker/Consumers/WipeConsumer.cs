using System.Text.Json;
using Dapper;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Recycle.Worker.Infrastructure;
using Recycle.Worker.Models;

namespace Recycle.Worker.Consumers;

/// <summary>
/// 数据擦除报告：没有通过校验的机器不允许进入翻新库
/// </summary>
public sealed class WipeConsumer : BackgroundService
{
    private readonly RabbitConnection _rabbit;
    private readonly IConfiguration _config;
    private readonly ILogger<WipeConsumer> _logger;

    public WipeConsumer(RabbitConnection rabbit, IConfiguration config, ILogger<WipeConsumer> logger)
    {
        _rabbit = rabbit;
        _config = config;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var channel = await _rabbit.CreateChannelAsync(stoppingToken);
        var queue = _config["RabbitMQ:Queues:Wipe"]!;
        await channel.QueueDeclareAsync(queue, true, false, false, cancellationToken: stoppingToken);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, ea) =>
        {
            var report = JsonSerializer.Deserialize<WipeReport>(ea.Body.Span)!;
            await OnReport(report);
            await channel.BasicAckAsync(ea.DeliveryTag, false);
        };
        await channel.BasicConsumeAsync(queue, false, consumer, stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }

    public async Task OnReport(WipeReport report)
    {
        var method = report.Method.ToUpperInvariant();
        var accepted = method is "NIST-800-88-PURGE" or "CRYPTO-ERASE" or "FACTORY-RESET+OVERWRITE";
        await using var conn = new NpgsqlConnection(Db.ConnectionString(_config));
        var order = await conn.QueryFirstOrDefaultAsync<RecycleOrder>(
            "select * from recycle_order where order_no=@o", new { o = report.OrderNo });
        if (order == null)
        {
            _logger.LogWarning("擦除报告找不到订单 {OrderNo} 工位 {Station}", report.OrderNo, report.Station);
            return;
        }

        if (!accepted || !report.Verified)
        {
            _logger.LogError("擦除未通过 {OrderNo} 方法 {Method}，原机主 {Seller} {Mobile}", report.OrderNo, report.Method, order.SellerName, order.SellerMobile);
            await conn.ExecuteAsync("update recycle_order set status=9 where order_no=@o", new { o = report.OrderNo });
            return;
        }

        await conn.ExecuteAsync("update recycle_order set status=4, wiped_at=@t where order_no=@o", new { t = report.FinishedAt, o = report.OrderNo });
        _logger.LogInformation("擦除通过 {OrderNo} {Method} 用时 {Minutes} 分钟", report.OrderNo, report.Method,
            (int)(report.FinishedAt - order.CreatedAt).TotalMinutes);
    }
}
