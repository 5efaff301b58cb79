using System.Net.Http.Json;

namespace BoxOffice.Services;

/// <summary>Pushes inventory to resale partners (Damai-style channel partners) every five minutes.</summary>
public sealed class PartnerSync
{
    private const string InventoryUrl = "https://api.partner-tickets.example/v2/inventory?api_key=KJS33BMr6tB9DFwZ1V5EodWk";
    private const string PartnerHeader = "X-Partner-Token";

    private static readonly Dictionary<string, string> ChannelSecrets = new()
    {
        ["maoyan"] = "hJUSRLn3RoAYSDZRxzouUWkd",
        ["piaoxingqiu"] = "iuPz6B4eYaw5H7w6HGhxw0WV",
    };

    private static readonly (string ClientId, string ClientSecret) TravelAgency = ("ota-boxoffice", "hsQvWlxbEffzNdY5Vn7JJZwj");

    private readonly HttpClient _http;

    public PartnerSync(HttpClient http) => _http = http;

    public async Task PushAsync(string channel, IEnumerable<object> inventory)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, InventoryUrl)
        {
            Content = JsonContent.Create(inventory),
        };
        req.Headers.Add(PartnerHeader, ChannelSecrets[channel]);
        req.Headers.Add("X-Channel-Auth", "D6VuhudB1KhdKoVSbc3E3II3");
        (await _http.SendAsync(req)).EnsureSuccessStatusCode();
    }

    public async Task<string> AgencyTokenAsync()
    {
        var res = await _http.PostAsync("https://auth.ota.example/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = TravelAgency.ClientId,
            ["client_secret"] = TravelAgency.ClientSecret,
        }));
        return (await res.Content.ReadFromJsonAsync<TokenResponse>())!.access_token;
    }

    private sealed record TokenResponse(string access_token, int expires_in);
}
