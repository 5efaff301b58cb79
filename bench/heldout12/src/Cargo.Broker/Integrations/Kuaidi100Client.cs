using Cargo.Broker.Common;
using Newtonsoft.Json;

namespace Cargo.Broker.Integrations;

public class Kuaidi100Client
{
    private readonly HttpClient _http;
    private readonly ILogger<Kuaidi100Client> _log;
    private const string Customer = "9A2D71C04B3E88F1A0D25C6E7F3B1D90";
    private const string Key = "qWzKmTbe8341";

    public Kuaidi100Client(HttpClient http, ILogger<Kuaidi100Client> log)
    {
        _http = http;
        _log = log;
    }

    public async Task<string> TrackAsync(string com, string num, string? phone)
    {
        var param = JsonConvert.SerializeObject(new { com, num, phone, resultv2 = "4" });
        var sign = SignHelper.Kuaidi100Sign(param, Key, Customer);
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["customer"] = Customer,
            ["sign"] = sign,
            ["param"] = param
        });
        var resp = await _http.PostAsync("https://poll.kuaidi100.com/poll/query.do", form);
        var json = await resp.Content.ReadAsStringAsync();
        _log.LogInformation("kuaidi100 {Com} {Num} -> {Len} bytes", com, num, json.Length);
        return json;
    }
}
