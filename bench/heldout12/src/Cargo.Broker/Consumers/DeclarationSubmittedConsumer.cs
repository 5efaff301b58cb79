using Cargo.Broker.Contracts;
using Cargo.Broker.Data;
using Cargo.Broker.Integrations;
using MassTransit;

namespace Cargo.Broker.Consumers;

public class DeclarationSubmittedConsumer : IConsumer<DeclarationSubmitted>
{
    private const decimal AnnualQuota = 26000m;
    private const decimal SingleQuota = 5000m;

    private readonly DeclarationRepository _repo;
    private readonly SingleWindowClient _singleWindow;
    private readonly ILogger<DeclarationSubmittedConsumer> _log;

    public DeclarationSubmittedConsumer(DeclarationRepository repo, SingleWindowClient singleWindow,
        ILogger<DeclarationSubmittedConsumer> log)
    {
        _repo = repo;
        _singleWindow = singleWindow;
        _log = log;
    }

    public async Task Consume(ConsumeContext<DeclarationSubmitted> ctx)
    {
        var d = ctx.Message;
        if (d.Value > SingleQuota)
        {
            _log.LogWarning("order {OrderNo} over single quota: {Value}", d.OrderNo, d.Value);
            _repo.SaveReceipt(d.DeclarationId, "REJECTED", "超过单次限值");
            return;
        }

        var used = _repo.YearTotalFor(d.BuyerIdNo);
        if (used + d.Value > AnnualQuota)
        {
            var msg = string.Format("订购人{0}（{1}）年度额度不足，已用{2}", d.BuyerName, d.BuyerIdNo, used);
            _log.LogWarning(msg);
            _repo.SaveReceipt(d.DeclarationId, "REJECTED", "年度额度不足");
            return;
        }

        try
        {
            await _singleWindow.SubmitAsync(d);
            _repo.SaveReceipt(d.DeclarationId, "SUBMITTED", null);
        }
        catch (HttpRequestException ex)
        {
            throw new ApplicationException($"申报失败 order={d.OrderNo} buyer={d.BuyerName} id={d.BuyerIdNo}", ex);
        }
    }
}
