using System.Security.Cryptography;
using ColdChain.Telemetry.Logging;
using FastEndpoints;

namespace ColdChain.Telemetry.Consignees;

public sealed class PodRequest
{
    public string WaybillNo { get; set; } = "";
    public string SignerName { get; set; } = "";
    public string SignerPhone { get; set; } = "";
    public string SignerIdLast4 { get; set; } = "";
    public string SignaturePngBase64 { get; set; } = "";
    public double ArrivalTempC { get; set; }
}

/// <summary>Electronic proof of delivery captured on the driver's handheld.</summary>
public sealed class ProofOfDeliveryEndpoint : Endpoint<PodRequest>
{
    private readonly IConfiguration _config;

    public ProofOfDeliveryEndpoint(IConfiguration config) => _config = config;

    public override void Configure()
    {
        Post("/pod");
        Roles("driver");
    }

    public override async Task HandleAsync(PodRequest req, CancellationToken ct)
    {
        var png = Convert.FromBase64String(req.SignaturePngBase64);
        var blobName = Convert.ToHexString(SHA256.HashData(png)).ToLowerInvariant() + ".png";
        var dir = _config["Pod:Store"] ?? "/var/lib/coldchain/pod";
        await File.WriteAllBytesAsync(Path.Combine(dir, blobName), png, ct);

        Log.PodSigned(Logger, req.WaybillNo, req.SignerName);
        Logger.LogDebug("POD {WaybillNo}: signer id ends {Last4}, arrival {TempC} °C", req.WaybillNo, req.SignerIdLast4, req.ArrivalTempC);

        HttpContext.Response.Headers.ETag = "\"" + Convert.ToHexString(MD5.HashData(png)) + "\"";
        await SendOkAsync(new { req.WaybillNo, blob = blobName }, ct);
    }
}

public sealed class ConsigneeLookupEndpoint : EndpointWithoutRequest
{
    private readonly Clients.ICarrierPortalApi _carrier;

    public ConsigneeLookupEndpoint(Clients.ICarrierPortalApi carrier) => _carrier = carrier;

    public override void Configure()
    {
        Get("/waybills/{waybillNo}/consignee");
        Roles("driver", "dispatcher");
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var waybill = Route<string>("waybillNo")!;
        var c = await _carrier.GetConsigneeAsync(waybill, ct);
        Logger.LogInformation("Consignee for {WaybillNo}: {Name} {Phone} {Address}", waybill, c.Name, c.Phone, c.Address);
        await SendOkAsync(c, ct);
    }
}
