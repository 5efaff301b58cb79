using System.Net.Http.Json;
using CareHome.Domain;

namespace CareHome.Services;

/// <summary>Orders monthly medicine from the partner pharmacy; it needs the resident's name and medicare card.</summary>
public sealed class PharmacyOrderClient
{
    private readonly HttpClient _http;
    private readonly ILogger<PharmacyOrderClient> _logger;

    public PharmacyOrderClient(HttpClient http, ILogger<PharmacyOrderClient> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<string?> OrderAsync(Resident r, IReadOnlyList<(string Drug, int Qty)> items, CancellationToken ct)
    {
        var order = new
        {
            patientName = r.Name,
            medicareCardNo = r.MedicareCardNo,
            deliverTo = "颐康护理中心 药房",
            items = items.Select(i => new { drug = i.Drug, qty = i.Qty }),
        };
        using var resp = await _http.PostAsJsonAsync("v1/orders", order, ct);
        if (!resp.IsSuccessStatusCode)
        {
            _logger.LogWarning("Pharmacy order for {ResidentNo} rejected: {Status}", r.ResidentNo, (int)resp.StatusCode);
            return null;
        }
        var result = await resp.Content.ReadFromJsonAsync<Dictionary<string, string>>(cancellationToken: ct);
        return result?.GetValueOrDefault("orderNo");
    }
}
