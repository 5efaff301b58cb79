using System.Diagnostics;
using System.Net.Http.Json;
using ClaimsDesk.Worker.Domain;

namespace ClaimsDesk.Worker.Integration;

/// <summary>
/// Screen pop for the call-centre agents: when a policyholder calls, the telephony system asks which
/// open claims belong to the caller's number.
/// </summary>
public sealed class CallCenterBridge
{
    private readonly HttpClient _http;
    private readonly ILogger<CallCenterBridge> _logger;

    public CallCenterBridge(HttpClient http, ILogger<CallCenterBridge> logger)
    {
        _http = http;
        _http.BaseAddress = new Uri("http://cti.example-insure.local:8090/");
        _http.DefaultRequestHeaders.Add("Authorization", "Bearer ghp_8vN3qR7tY1uI5oP9aS2dF6gH0jK4lZ8xC3vB");
        _logger = logger;
    }

    public async Task PopAsync(string callerNumber, IReadOnlyList<Claim> claims)
    {
        using (_logger.BeginScope(new Dictionary<string, object>
        {
            ["CallerNumber"] = callerNumber,
            ["ClaimCount"] = claims.Count,
        }))
        {
            _logger.LogInformation("Screen pop for {Count} claims", claims.Count);
        }

        Trace.TraceInformation("screen pop: " + string.Join(";", claims.Select(c => c.ClaimNo + "/" + c.Holder.Name)));
        await _http.PostAsJsonAsync("screen-pop", new { callerNumber, claims = claims.Select(c => new { c.ClaimNo, c.Status, c.PlateNumber }) });
    }

    public void AgentNote(Policyholder holder, string note)
    {
        _logger.LogInformation("Agent note for {@Holder}: {Note}", holder, note);
        _logger.LogInformation("Agent note saved ({Length} chars)", note.Length);
    }
}
