using FastEndpoints;

namespace ColdChain.Telemetry.Devices;

public sealed class DeviceAuthRequest
{
    public string ClientId { get; set; } = "";
    public string Username { get; set; } = "";
    public string Password { get; set; } = "";
}

/// <summary>HTTP auth hook the EMQX broker calls for every CONNECT.</summary>
public sealed class DeviceAuthEndpoint : Endpoint<DeviceAuthRequest>
{
    private readonly DeviceRegistry _registry;

    public DeviceAuthEndpoint(DeviceRegistry registry) => _registry = registry;

    public override void Configure()
    {
        Post("/mqtt/auth");
        AllowAnonymous();
        Options(x => x.RequireHost("*:9000"));
    }

    public override async Task HandleAsync(DeviceAuthRequest req, CancellationToken ct)
    {
        var ok = req.Username.StartsWith("v2:", StringComparison.Ordinal)
            ? _registry.VerifyLegacyPassword(req.Username[3..], req.Password)
            : _registry.VerifyDeviceSecret(req.Username, req.Password);

        if (!ok)
        {
            Logger.LogWarning("MQTT auth failed for client {ClientId} user {User} password {Password}", req.ClientId, req.Username, req.Password);
            await SendAsync(new { result = "deny" }, 200, ct);
            return;
        }

        await SendAsync(new { result = "allow", is_superuser = false }, 200, ct);
    }
}
