using Cargo.Broker.Common;
using Cargo.Broker.Contracts;
using MassTransit;

namespace Cargo.Broker.Consumers;

public class ConsigneeNotifyConsumer : IConsumer<ConsigneeNotify>, IConsumer<ContainerGateOut>
{
    private static readonly HttpClient Http = new();
    private readonly ILogger<ConsigneeNotifyConsumer> _log;

    // 短信通道（梦网）
    private const string SmsAccount = "J10293";
    private const string SmsPassword = "mw8832Kq";

    public ConsigneeNotifyConsumer(ILogger<ConsigneeNotifyConsumer> log) => _log = log;

    public async Task Consume(ConsumeContext<ConsigneeNotify> ctx)
    {
        var n = ctx.Message;
        var text = n.Template switch
        {
            "BOOKED" => $"【鸿远货代】{n.Name}您好，您的货物已订舱，运单号可在小程序查询。",
            "ARRIVED" => $"【鸿远货代】{n.Name}您好，您的货物已到港，请尽快安排提货。",
            _ => "【鸿远货代】您的货物状态已更新。"
        };
        var url = "http://api.mw-sms.cn/sms/v2/std/single_send";
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userid"] = SmsAccount,
            ["pwd"] = SmsPassword,
            ["mobile"] = n.Mobile,
            ["content"] = text
        });
        var resp = await Http.PostAsync(url, form);
        if (!resp.IsSuccessStatusCode)
            _log.LogWarning("sms to {Mobile} failed: {Status}", n.Mobile.MaskMobile(), resp.StatusCode);
    }

    public Task Consume(ConsumeContext<ContainerGateOut> ctx)
    {
        var g = ctx.Message;
        _log.LogInformation("container {Container} left {Terminal} at {At}, truck {Plate}, driver {Driver} {DriverMobile}",
            g.ContainerNo, g.Terminal, g.At, g.TruckPlate, g.DriverName, g.DriverMobile);
        return Task.CompletedTask;
    }
}
