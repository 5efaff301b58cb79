using System.Text;
using Cargo.Broker.Common;

namespace Cargo.Broker.Integrations;

public class ShippingLineClient
{
    private readonly HttpClient _http;
    private readonly IConfiguration _cfg;

    public ShippingLineClient(HttpClient http, IConfiguration cfg)
    {
        _http = http;
        _cfg = cfg;
    }

    public async Task<string> VgmAsync(string bookingNo, decimal vgmKg, string weigher)
    {
        var body = $"{{\"booking\":\"{bookingNo}\",\"vgm\":{vgmKg},\"signatory\":\"{weigher}\"}}";
        var secret = _cfg["Carrier:ApiSecret"] ?? "";
        var req = new HttpRequestMessage(HttpMethod.Post, "https://api.carrier-edi.example.com/v1/vgm")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json")
        };
        req.Headers.Add("X-Api-Key", _cfg["Carrier:ApiKey"]);
        req.Headers.Add("X-Signature", SignHelper.CarrierSign(body, secret));
        var resp = await _http.SendAsync(req);
        return await resp.Content.ReadAsStringAsync();
    }

    public async Task<string> ScheduleAsync(string pol, string pod)
    {
        var url = $"https://api.carrier-edi.example.com/v1/schedules?pol={pol}&pod={pod}&apikey=7f3c9a1e5b2d48c6a0e4f8b1d3c5e7a9";
        return await _http.GetStringAsync(url);
    }
}
