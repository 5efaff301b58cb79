using Refit;

namespace ColdChain.Telemetry.Clients;

public sealed record IncidentRequest(string WaybillNo, string Kind, double TempC);

public sealed record IncidentTicket(string TicketId, string Status);

public sealed record ConsigneeContact(string Name, string Phone, string Address);

[Headers("X-HX-AppKey: hx_ak_20231107_cc01", "X-HX-AppSecret: 6a1fcb0e93d54c07b8e2a4d7f31c9e58")]
public interface ICarrierPortalApi
{
    [Post("/incidents")]
    Task<IncidentTicket> OpenIncidentAsync([Body] IncidentRequest request, CancellationToken ct);

    [Get("/waybills/{waybillNo}/consignee")]
    Task<ConsigneeContact> GetConsigneeAsync(string waybillNo, CancellationToken ct);
}

public interface IReeferVendorApi
{
    [Get("/units/{serial}/status")]
    [Headers("Authorization: Bearer")]
    Task<ReeferStatus> GetStatusAsync(string serial);

    [Post("/units/{serial}/setpoint")]
    [Headers("Authorization: Bearer")]
    Task SetSetpointAsync(string serial, [Body] SetpointRequest request);
}

public sealed record ReeferStatus(string Serial, double SetpointC, double ReturnAirC, string Mode, int AlarmCode);

public sealed record SetpointRequest(double SetpointC, string Reason);
