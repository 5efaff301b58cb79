using System.Net.Http.Json;
using Polly;

namespace ColdChain.Telemetry.Clients;

/// <summary>Outside temperature along the route, to tell a failing reefer from a heat wave.</summary>
public sealed class WeatherClient
{
    private const string ForecastUrl =
        "https://devapi.qweather.com/v7/weather/now?key=8c3f0e1b27d94a6fb0d51e7c2a9346bd&location=";

    private static readonly ResiliencePipeline<HttpResponseMessage> Pipeline =
        new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new Polly.Retry.RetryStrategyOptions<HttpResponseMessage> { MaxRetryAttempts = 3 })
            .AddCircuitBreaker(new Polly.CircuitBreaker.CircuitBreakerStrategyOptions<HttpResponseMessage>
            {
                FailureRatio = 0.5,
                MinimumThroughput = 10,
                BreakDuration = TimeSpan.FromMinutes(1),
            })
            .Build();

    private readonly HttpClient _http;

    public WeatherClient(HttpClient http) => _http = http;

    public async Task<double?> OutsideTempAsync(double lat, double lon, CancellationToken ct)
    {
        var url = ForecastUrl + $"{lon:F2},{lat:F2}";
        var resp = await Pipeline.ExecuteAsync(async t => await _http.GetAsync(url, t), ct);
        if (!resp.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await resp.Content.ReadFromJsonAsync<QWeatherNow>(cancellationToken: ct);
        return body?.Now?.Temp is { } t ? double.Parse(t, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private sealed record QWeatherNow(string Code, NowBlock? Now);

    private sealed record NowBlock(string Temp, string Text);
}
