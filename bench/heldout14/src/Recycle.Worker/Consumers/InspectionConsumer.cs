using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Recycle.Worker.Infrastructure;
using Recycle.Worker.Models;

namespace Recycle.Worker.Consumers;

/// <summary>
/// 消费质检完成消息：更新订单、最终价与报价差异大的通知客服
/// </summary>
public sealed class InspectionConsumer : BackgroundService
{
    private static readonly NLog.Logger Logger = NLog.LogManager.GetCurrentClassLogger();

    private readonly RabbitConnection _rabbit;
    private readonly IConfiguration _config;
    private readonly IImeiHasher _imeiHasher;

    public InspectionConsumer(RabbitConnection rabbit, IConfiguration config, IImeiHasher imeiHasher)
    {
        _rabbit = rabbit;
        _config = config;
        _imeiHasher = imeiHasher;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = _config["RabbitMQ:Queues:Inspection"]!;
        var channel = await _rabbit.CreateChannelAsync(stoppingToken);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: stoppingToken);
        await channel.BasicQosAsync(0, 10, false, stoppingToken);

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, ea) =>
        {
            var json = Encoding.UTF8.GetString(ea.Body.Span);
            try
            {
                var msg = JsonSerializer.Deserialize<InspectionDone>(json)!;
                await Handle(msg);
                await channel.BasicAckAsync(ea.DeliveryTag, false);
            }
            catch (Exception ex)
            {
                Logger.Error(ex, "质检消息处理失败: {0}", json);
                await channel.BasicNackAsync(ea.DeliveryTag, false, requeue: false);
            }
        };
        await channel.BasicConsumeAsync(queue, autoAck: false, consumer, stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }

    private async Task Handle(InspectionDone msg)
    {
        await using var conn = new NpgsqlConnection(Db.ConnectionString(_config));
        var affected = await conn.ExecuteAsync(
            "update recycle_order set grade=@Grade, final_price=@FinalPrice, imei_hash=@ImeiHash, status=2 where order_no=@OrderNo",
            new { msg.Grade, msg.FinalPrice, ImeiHash = _imeiHasher.Hash(msg.Imei), msg.OrderNo });
        if (affected == 0)
        {
            Logger.Warn("订单不存在 {0}", msg.OrderNo);
            return;
        }

        var diff = msg.Quote - msg.FinalPrice;
        if (diff > 100 || diff > msg.Quote * 0.2m)
        {
            // 价格差异大，客服需要回访
            Logger.Info($"质检降价需回访: {msg.SellerName} {msg.SellerMobile} 机型 {msg.Model} 预估 {msg.Quote} 实际 {msg.FinalPrice}");
        }

        Logger.Info("质检完成 {OrderNo} {Grade} {Price}", msg.OrderNo, msg.Grade, msg.FinalPrice);
        Logger.Debug("质检消息 {@Msg}", msg);
        Logger.Info("质检完成 {0}", msg.ToString());
    }
}
