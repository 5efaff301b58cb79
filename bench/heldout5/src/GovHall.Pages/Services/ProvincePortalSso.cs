using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GovHall.Pages.Services;

/// <summary>
/// Single sign-on from the provincial one-stop portal (一网通办): the portal redirects with a ticket, we
/// exchange it for the user's identity. The portal returns the identity AES-encrypted (its spec: AES-128,
/// ECB, PKCS7) with the key issued to our system.
/// </summary>
public sealed class ProvincePortalSso
{
    private static readonly byte[] PortalAesKey = Convert.FromBase64String("xftstP1yYwF+pmYR3tICjg==");
    private const string ClientId = "gh-0571-021";

    private readonly HttpClient _http;
    private readonly ILogger<ProvincePortalSso> _logger;

    public ProvincePortalSso(HttpClient http, ILogger<ProvincePortalSso> logger)
    {
        _http = http;
        _logger = logger;
    }

    public async Task<PortalIdentity?> ExchangeAsync(string ticket)
    {
        var response = await _http.GetFromJsonAsync<JsonElement>($"https://portal.example-gov.cn/sso/ticket/validate?client_id={ClientId}&ticket={ticket}");
        var cipherText = response.GetProperty("data").GetString();
        if (string.IsNullOrEmpty(cipherText))
        {
            _logger.LogWarning("Portal ticket {Ticket} rejected", ticket);
            return null;
        }

        using var aes = Aes.Create();
        aes.Key = PortalAesKey;
        var plain = aes.DecryptEcb(Convert.FromBase64String(cipherText), PaddingMode.PKCS7);
        var json = Encoding.UTF8.GetString(plain);
        _logger.LogDebug("Portal identity payload: {Json}", json);
        return JsonSerializer.Deserialize<PortalIdentity>(json);
    }
}

public sealed record PortalIdentity(string Name, string IdNumber, string Mobile, string Level);
