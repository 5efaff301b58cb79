using Cargo.Broker.Common;
using Cargo.Broker.Contracts;
using Cargo.Broker.Data;
using MassTransit;

namespace Cargo.Broker.Consumers;

public class BookingReceivedConsumer : IConsumer<BookingReceived>
{
    private readonly ShipmentRepository _shipments;
    private readonly ILogger<BookingReceivedConsumer> _log;

    public BookingReceivedConsumer(ShipmentRepository shipments, ILogger<BookingReceivedConsumer> log)
    {
        _shipments = shipments;
        _log = log;
    }

    public async Task Consume(ConsumeContext<BookingReceived> context)
    {
        var m = context.Message;
        _log.LogInformation("booking {BookingNo} received: {@Booking}", m.BookingNo, m);

        if (string.IsNullOrWhiteSpace(m.ConsigneeIdNo) || m.ConsigneeIdNo.Length != 18)
        {
            _log.LogWarning("booking {BookingNo} rejected: consignee id {IdNo} invalid", m.BookingNo, m.ConsigneeIdNo);
            await context.RespondAsync(new { ok = false, reason = "收货人身份证号格式错误" });
            return;
        }

        var consignee = new Consignee(m.ConsigneeName, m.ConsigneePhone, m.ConsigneeIdNo, m.ConsigneeAddress, "");
        var id = _shipments.Insert(new Shipment
        {
            HblNo = "HY" + DateTime.UtcNow.ToString("yyMMddHHmmss"),
            ShipperName = m.ShipperName,
            ShipperPhone = m.ShipperPhone,
            ConsigneeName = m.ConsigneeName,
            ConsigneePhone = m.ConsigneePhone,
            ConsigneeIdNo = m.ConsigneeIdNo,
            ConsigneeAddress = m.ConsigneeAddress,
            Pol = m.Pol,
            Pod = m.Pod,
            Pieces = m.Pieces,
            GrossWeightKg = m.WeightKg
        });
        _log.LogInformation("shipment {Id} created for consignee {Consignee}", id, consignee.Short());
        _log.LogDebug("consignee detail: " + consignee.Describe());
        await context.Publish(new ConsigneeNotify(id, m.ConsigneePhone, m.ConsigneeName, "BOOKED"));
    }
}
