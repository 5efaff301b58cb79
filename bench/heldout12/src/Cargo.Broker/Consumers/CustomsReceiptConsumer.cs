using Cargo.Broker.Contracts;
using Cargo.Broker.Data;
using MassTransit;

namespace Cargo.Broker.Consumers;

public class CustomsReceiptConsumer : IConsumer<CustomsReceipt>
{
    private readonly DeclarationRepository _repo;
    private readonly ILogger<CustomsReceiptConsumer> _log;

    public CustomsReceiptConsumer(DeclarationRepository repo, ILogger<CustomsReceiptConsumer> log)
    {
        _repo = repo;
        _log = log;
    }

    public Task Consume(ConsumeContext<CustomsReceipt> ctx)
    {
        var r = ctx.Message;
        var status = r.Code switch
        {
            "120" => "ACCEPTED",
            "399" => "RELEASED",
            "100" or "-301010" => "REJECTED",
            _ => "UNKNOWN"
        };
        _log.LogInformation("receipt {EntryNo} order {OrderNo} code {Code} -> {Status}", r.EntryNo, r.OrderNo, r.Code, status);
        _repo.SaveReceipt(0, status, r.Message);
        return Task.CompletedTask;
    }
}
