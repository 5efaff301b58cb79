using ColdChain.Telemetry.Data;
using FastEndpoints;

namespace ColdChain.Telemetry.Drivers;

public sealed class CreateDriverRequest
{
    public string WorkNo { get; set; } = "";
    public string XingMing { get; set; } = "";
    public string ShouJiHao { get; set; } = "";
    public string Sfzh { get; set; } = "";
    public string LicenseNo { get; set; } = "";
    public string HomeAddress { get; set; } = "";
    public string PlateNo { get; set; } = "";
    public string Depot { get; set; } = "";
    public DateTime LicenseExpires { get; set; }
}

public sealed class CreateDriverEndpoint : Endpoint<CreateDriverRequest>
{
    private readonly DriverRepository _drivers;

    public CreateDriverEndpoint(DriverRepository drivers) => _drivers = drivers;

    public override void Configure()
    {
        Post("/drivers");
        Roles("dispatcher", "admin");
    }

    public override async Task HandleAsync(CreateDriverRequest req, CancellationToken ct)
    {
        Logger.LogInformation("Onboarding driver {Name}, ID {IdNumber}, licence {Licence}", req.XingMing, req.Sfzh, req.LicenseNo);

        if (await _drivers.FindByPhoneAsync(req.ShouJiHao, ct) is not null)
        {
            ThrowError($"手机号 {req.ShouJiHao} 已被其他司机使用");
        }

        var id = await _drivers.InsertAsync(new Driver
        {
            WorkNo = req.WorkNo,
            XingMing = req.XingMing,
            ShouJiHao = req.ShouJiHao,
            Sfzh = req.Sfzh,
            LicenseNo = req.LicenseNo,
            HomeAddress = req.HomeAddress,
            PlateNo = req.PlateNo,
            Depot = req.Depot,
            LicenseExpires = req.LicenseExpires,
        }, ct);

        await SendCreatedAtAsync<GetDriverEndpoint>(new { id }, new { id }, cancellation: ct);
    }
}

public sealed class GetDriverEndpoint : EndpointWithoutRequest
{
    private readonly DriverRepository _drivers;

    public GetDriverEndpoint(DriverRepository drivers) => _drivers = drivers;

    public override void Configure()
    {
        Get("/drivers/{id}");
        Roles("dispatcher", "admin", "customer-service");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var driver = await _drivers.FindAsync(Route<int>("id"), ct);
        if (driver is null)
        {
            await SendNotFoundAsync(ct);
            return;
        }

        await SendOkAsync(driver, ct);
    }
}

public sealed record DriverCard(int Id, string WorkNo, string Name, string PhoneMasked, string PlateNo, string Depot);

/// <summary>What the consignee app shows about the assigned driver.</summary>
public sealed class DriverCardEndpoint : EndpointWithoutRequest<DriverCard>
{
    private readonly DriverRepository _drivers;

    public DriverCardEndpoint(DriverRepository drivers) => _drivers = drivers;

    public override void Configure()
    {
        Get("/drivers/{id}/card");
        AllowAnonymous();
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var d = await _drivers.FindAsync(Route<int>("id"), ct);
        if (d is null)
        {
            await SendNotFoundAsync(ct);
            return;
        }

        var masked = d.ShouJiHao.Length == 11 ? d.ShouJiHao[..3] + "****" + d.ShouJiHao[7..] : "***";
        var surname = d.XingMing.Length > 0 ? d.XingMing[..1] + "师傅" : "司机";
        await SendOkAsync(new DriverCard(d.Id, d.WorkNo, surname, masked, d.PlateNo, d.Depot), ct);
    }
}
