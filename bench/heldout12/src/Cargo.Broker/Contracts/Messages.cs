namespace Cargo.Broker.Contracts;

public record BookingReceived(string BookingNo, string ShipperName, string ShipperPhone, string ConsigneeName,
    string ConsigneePhone, string ConsigneeIdNo, string ConsigneeAddress, string Pol, string Pod, int Pieces, decimal WeightKg);

public record DeclarationSubmitted(long DeclarationId, string OrderNo, string BuyerName, string BuyerIdNo, decimal Value);

public record CustomsReceipt(string EntryNo, string OrderNo, string Code, string Message, DateTime At);

public record ConsigneeNotify(long ShipmentId, string Mobile, string Name, string Template);

public record ContainerGateOut(string ContainerNo, string Terminal, DateTime At, string TruckPlate, string DriverName, string DriverMobile);
