namespace ChargeHub.Service.Domain;

public sealed record Driver(Guid Id, string FullName, string Phone, string Email, string LicensePlate, string? IdNumber)
{
    public string? HomeAddress { get; init; }
}

public sealed record Charger(string SerialNo, string StationId, string Model, string FirmwareVersion)
{
    public string DeviceSecret { get; init; } = "";
}

public sealed record Station(string Id, string Name, string Address, double Lat, double Lng, string OperatorHotline);

public sealed record ChargingSession(Guid Id, Guid DriverId, string ChargerSerial, DateTimeOffset StartedAt, decimal KWh, decimal Amount);

public sealed record Operator(string Code, string CompanyName, string ContactEmail);

public sealed record FleetCard(string CardNo, Guid DriverId, string Holder, decimal Balance);
