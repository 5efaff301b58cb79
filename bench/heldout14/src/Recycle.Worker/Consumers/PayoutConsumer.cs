using System.Text;
using System.Text.Json;
using Dapper;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Recycle.Worker.Infrastructure;
using Recycle.Worker.Models;
using Recycle.Worker.Services;

namespace Recycle.Worker.Consumers;

/// <summary>
/// 打款：卖家确认成交价后，向卖家银行卡转账
/// </summary>
public sealed class PayoutConsumer : BackgroundService
{
    private readonly RabbitConnection _rabbit;
    private readonly PayoutClient _payout;
    private readonly BankCardCipher _cipher;
    private readonly IConfiguration _config;
    private readonly ILogger<PayoutConsumer> _logger;

    public PayoutConsumer(RabbitConnection rabbit, PayoutClient payout, BankCardCipher cipher, IConfiguration config, ILogger<PayoutConsumer> logger)
    {
        _rabbit = rabbit;
        _payout = payout;
        _cipher = cipher;
        _config = config;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = _config["RabbitMQ:Queues:Payout"]!;
        var channel = await _rabbit.CreateChannelAsync(stoppingToken);
        await channel.QueueDeclareAsync(queue, true, false, false, cancellationToken: stoppingToken);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += async (_, ea) =>
        {
            var req = JsonSerializer.Deserialize<PayoutRequest>(ea.Body.Span)!;
            using var scope = _logger.BeginScope(new Dictionary<string, object>
            {
                ["OrderNo"] = req.OrderNo,
                ["Payee"] = req.PayeeName,
                ["Card"] = req.BankCard
            });
            try
            {
                await Pay(req, stoppingToken);
                await channel.BasicAckAsync(ea.DeliveryTag, false);
            }
            catch (PayoutException pex)
            {
                _logger.LogError("打款失败 {OrderNo}: {Code}", req.OrderNo, pex.Code);
                await channel.BasicNackAsync(ea.DeliveryTag, false, false);
            }
        };
        await channel.BasicConsumeAsync(queue, false, consumer, stoppingToken);
        await Task.Delay(Timeout.Infinite, stoppingToken);
    }

    private async Task Pay(PayoutRequest req, CancellationToken ct)
    {
        if (req.Amount <= 0 || req.Amount > 50_000)
            throw new PayoutException("AMOUNT", $"金额不合法: {req.Amount}");

        if (!Luhn(req.BankCard))
            throw new PayoutException("CARD", $"银行卡号 {req.BankCard} 校验失败，收款人 {req.PayeeName}");

        var result = await _payout.TransferAsync(req.OrderNo, req.PayeeName, req.BankCard, req.Amount, ct);
        await using var conn = new NpgsqlConnection(Db.ConnectionString(_config));
        await conn.ExecuteAsync("update recycle_order set status=3, bank_card_cipher=@c, paid_at=now(), pay_serial=@s where order_no=@o",
            new { c = _cipher.Encrypt(req.BankCard), s = result.SerialNo, o = req.OrderNo });
        _logger.LogInformation("打款成功 {OrderNo} {Amount} 卡尾号 {Tail}", req.OrderNo, req.Amount, req.BankCard[^4..]);
    }

    private static bool Luhn(string card)
    {
        if (string.IsNullOrWhiteSpace(card) || card.Length < 12) return false;
        var sum = 0;
        var alt = false;
        for (var i = card.Length - 1; i >= 0; i--)
        {
            if (!char.IsDigit(card[i])) return false;
            var n = card[i] - '0';
            if (alt) { n *= 2; if (n > 9) n -= 9; }
            sum += n;
            alt = !alt;
        }
        return sum % 10 == 0;
    }
}

public sealed class PayoutException : Exception
{
    public string Code { get; }

    public PayoutException(string code, string message) : base(message) => Code = code;
}
