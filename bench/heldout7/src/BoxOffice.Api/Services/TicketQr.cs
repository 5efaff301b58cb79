using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BoxOffice.Services;

public sealed class TicketQrOptions
{
    public string SigningKey { get; set; } = "";
    public string LegacyGateKey { get; set; } = "";
}

/// <summary>QR payload on e-tickets: "ticketId.showId.expiry.sig". Gates verify offline.</summary>
public sealed class TicketQr
{
    private readonly byte[] _key;
    private readonly byte[] _legacyKey;

    public TicketQr(IOptions<TicketQrOptions> options)
    {
        _key = Convert.FromBase64String(options.Value.SigningKey);
        _legacyKey = Encoding.ASCII.GetBytes(options.Value.LegacyGateKey);
    }

    public string Create(Guid ticketId, Guid showId, DateTime expiresUtc)
    {
        var body = $"{ticketId:N}.{showId:N}.{new DateTimeOffset(expiresUtc).ToUnixTimeSeconds()}";
        var sig = HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body));
        return body + "." + Base64Url(sig);
    }

    // The 2019 turnstiles at the riverside venue only understand SHA-1 signatures over key+body.
    public string CreateForLegacyGate(Guid ticketId, Guid showId)
    {
        var body = $"{ticketId:N}{showId:N}";
        var sig = SHA1.HashData(_legacyKey.Concat(Encoding.ASCII.GetBytes(body)).ToArray());
        return body + Convert.ToHexString(sig)[..16];
    }

    public string ETagFor(byte[] renderedPng) => "\"" + Convert.ToHexString(MD5.HashData(renderedPng)) + "\"";

    private static string Base64Url(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
