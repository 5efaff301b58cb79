namespace SwiftRoute.Courier.Api.Models;

public enum WaybillState { Created, PickedUp, InTransit, OutForDelivery, Delivered, Returned }

public record Contact(string Name, string Phone, string Province, string City, string District, string Street)
{
    public string FullAddress => $"{Province}{City}{District}{Street}";
}

public record Waybill(
    string WaybillNo,
    Contact Sender,
    Contact Receiver,
    decimal WeightKg,
    string GoodsDescription,
    WaybillState State,
    DateTimeOffset CreatedAt)
{
    public string? CourierCode { get; init; }
    public string? PickupCode { get; init; }
}

public record CreateWaybillRequest(Contact Sender, Contact Receiver, decimal WeightKg, string GoodsDescription, bool Insured, decimal DeclaredValue);

public record TrackingEvent(string WaybillNo, string Station, string Description, DateTimeOffset At);

public record WaybillView(string WaybillNo, string ReceiverName, string ReceiverPhone, string City, WaybillState State)
{
    public static WaybillView From(Waybill w) => new(
        w.WaybillNo,
        Common.Infrastructure.Masking.DesensitizeHelper.MaskName(w.Receiver.Name),
        Common.Infrastructure.Masking.DesensitizeHelper.MaskPhone(w.Receiver.Phone),
        w.Receiver.City,
        w.State);
}

public sealed class Courier
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string IdCardNo { get; set; } = "";
    public string StationCode { get; set; } = "";

    public override string ToString() => $"{Code}({StationCode})";
}
