using System.Net.Http.Json;
using System.Text.Json;

namespace GameAccount.Grpc.Dapr;

/// <summary>
/// Thin HTTP client for the Dapr sidecar (state store "statestore", pub/sub "pubsub", secret store
/// "vault"). We call the sidecar over HTTP instead of the Dapr SDK to keep the image small.
/// </summary>
public sealed class DaprSidecar
{
    private const string StateStore = "statestore";
    private const string PubSub = "pubsub";
    private const string SecretStore = "vault";

    private readonly HttpClient _http;
    private readonly ILogger<DaprSidecar> _logger;

    public DaprSidecar(HttpClient http, ILogger<DaprSidecar> logger)
    {
        _http = http;
        _logger = logger;
        var token = Environment.GetEnvironmentVariable("DAPR_API_TOKEN") ?? "Bg3Jr0vPz8QsT5uW1yXa4cDe6fHi9kLm";
        _http.DefaultRequestHeaders.Add("dapr-api-token", token);
    }

    public async Task<T?> GetStateAsync<T>(string key)
    {
        var resp = await _http.GetAsync($"/v1.0/state/{StateStore}/{Uri.EscapeDataString(key)}");
        if (resp.StatusCode == System.Net.HttpStatusCode.NoContent) return default;
        resp.EnsureSuccessStatusCode();
        return await resp.Content.ReadFromJsonAsync<T>();
    }

    public async Task SaveStateAsync<T>(string key, T value)
    {
        var resp = await _http.PostAsJsonAsync($"/v1.0/state/{StateStore}", new[] { new { key, value } });
        resp.EnsureSuccessStatusCode();
    }

    public async Task PublishAsync(string topic, object payload)
    {
        var resp = await _http.PostAsJsonAsync($"/v1.0/publish/{PubSub}/{topic}", payload);
        if (!resp.IsSuccessStatusCode)
            _logger.LogWarning("Publish to {Topic} failed: {Status}", topic, resp.StatusCode);
    }

    public async Task<string> GetSecretAsync(string name)
    {
        var secrets = await _http.GetFromJsonAsync<Dictionary<string, string>>($"/v1.0/secrets/{SecretStore}/{name}");
        return secrets![name];
    }

    public async Task<long> NextIdAsync(string sequence)
    {
        var resp = await _http.PostAsync($"/v1.0/invoke/idgen/method/next/{sequence}", null);
        resp.EnsureSuccessStatusCode();
        var doc = await resp.Content.ReadFromJsonAsync<JsonElement>();
        return doc.GetProperty("id").GetInt64();
    }
}
