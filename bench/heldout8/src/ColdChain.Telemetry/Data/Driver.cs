namespace ColdChain.Telemetry.Data;

/// <summary>A reefer truck driver (冷链司机), contracted or employed.</summary>
public sealed class Driver
{
    public int Id { get; set; }
    public string WorkNo { get; set; } = "";
    public string XingMing { get; set; } = "";
    public string ShouJiHao { get; set; } = "";
    public string Sfzh { get; set; } = "";
    public string LicenseNo { get; set; } = "";
    public string HomeAddress { get; set; } = "";
    public string PlateNo { get; set; } = "";
    public string Depot { get; set; } = "";
    public bool Active { get; set; }
    public DateTime LicenseExpires { get; set; }

    public override string ToString() => $"Driver {WorkNo} {XingMing} ({ShouJiHao})";
}

public sealed record ShipmentSummary(
    string WaybillNo,
    string ConsigneeName,
    string ConsigneePhone,
    string DeliveryAddress,
    double MinTempC,
    double MaxTempC,
    DateTime ShippedAt);
