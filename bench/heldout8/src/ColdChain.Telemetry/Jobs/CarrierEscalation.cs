using ColdChain.Telemetry.Clients;
using Polly;
using Polly.Retry;

namespace ColdChain.Telemetry.Jobs;

public sealed class CarrierEscalation
{
    private static readonly ResiliencePipeline Retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = 4,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromSeconds(2),
        })
        .AddTimeout(TimeSpan.FromSeconds(20))
        .Build();

    private readonly ICarrierPortalApi _carrier;
    private readonly ILogger<CarrierEscalation> _log;

    public CarrierEscalation(ICarrierPortalApi carrier, ILogger<CarrierEscalation> log)
    {
        _carrier = carrier;
        _log = log;
    }

    public async Task EscalateAsync(string waybillNo, double tempC)
    {
        var ticket = await Retry.ExecuteAsync(async ct =>
            await _carrier.OpenIncidentAsync(new IncidentRequest(waybillNo, "TEMP_EXCURSION", tempC), ct));
        _log.LogInformation("Carrier incident {TicketId} opened for {WaybillNo}", ticket.TicketId, waybillNo);
    }
}
