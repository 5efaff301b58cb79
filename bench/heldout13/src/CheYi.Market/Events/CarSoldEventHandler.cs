using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using Volo.Abp.DependencyInjection;
using Volo.Abp.EventBus.Distributed;

namespace CheYi.Market.Events;

public class CarSoldEto
{
    public Guid CarId { get; set; }
    public string PlateNo { get; set; }
    public decimal DealPrice { get; set; }
    public string BuyerName { get; set; }
    public string BuyerMobile { get; set; }
    public string BuyerIdCardNo { get; set; }
    public string SellerName { get; set; }
    public string SellerMobile { get; set; }
    public DateTime SoldAt { get; set; }
}

/// <summary>
/// 成交后：1. 通知过户代办 2. 推送到数据中台做营销画像
/// </summary>
public class CarSoldEventHandler : IDistributedEventHandler<CarSoldEto>, ITransientDependency
{
    private const string MqUri = "amqp://cheyi:Rb7!mq_Cheyi2024@10.30.1.21:5672/market";

    private readonly ILogger<CarSoldEventHandler> _logger;

    public CarSoldEventHandler(ILogger<CarSoldEventHandler> logger) => _logger = logger;

    public async Task HandleEventAsync(CarSoldEto e)
    {
        var factory = new ConnectionFactory { Uri = new Uri(MqUri) };
        await using var conn = await factory.CreateConnectionAsync();
        await using var channel = await conn.CreateChannelAsync();

        // 过户代办需要买卖双方身份信息
        var transfer = JsonSerializer.SerializeToUtf8Bytes(new { e.CarId, e.PlateNo, e.BuyerName, e.BuyerIdCardNo, e.BuyerMobile, e.SellerName, e.SellerMobile });
        await channel.BasicPublishAsync("market.transfer", "transfer.created", transfer);

        // 数据中台：画像 & 复购营销
        var profile = new Dictionary<string, object>
        {
            ["event"] = "car_sold",
            ["price"] = e.DealPrice,
            ["buyer_mobile"] = e.BuyerMobile,
            ["buyer_idcard"] = e.BuyerIdCardNo,
            ["ts"] = e.SoldAt
        };
        await channel.BasicPublishAsync("bigdata.events", "market.car_sold", Encoding.UTF8.GetBytes(JsonSerializer.Serialize(profile)));

        _logger.LogInformation("car {CarId} sold for {Price}, events published", e.CarId, e.DealPrice);
    }
}
