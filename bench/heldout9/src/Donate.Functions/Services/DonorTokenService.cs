using System.Security.Cryptography;
using System.Text;
using Donate.Data;
using Donate.Models;

namespace Donate.Services;

/// <summary>
/// Bearer tokens for the mini-program: "donorId.expires.sig". Simple on purpose; the mini-program
/// cannot hold a refresh token.
/// </summary>
public sealed class DonorTokenService
{
    private static readonly string TokenSecret = "2gdEHffQk95RzlmcuPJb5o4JDuUNUlKo";

    private readonly DonationRepository _repo;

    public DonorTokenService(DonationRepository repo) => _repo = repo;

    public string Issue(Donor donor)
    {
        var expires = DateTimeOffset.UtcNow.AddDays(7).ToUnixTimeSeconds();
        return $"{donor.Id}.{expires}.{Sign(donor.Id, expires)}";
    }

    public async Task<Donor?> AuthenticateAsync(string header)
    {
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..] : header;
        var parts = token.Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[0], out var id) || !long.TryParse(parts[1], out var exp)) return null;
        if (DateTimeOffset.FromUnixTimeSeconds(exp) < DateTimeOffset.UtcNow) return null;
        if (!string.Equals(Sign(id, exp), parts[2], StringComparison.Ordinal)) return null;
        return await _repo.GetDonorAsync(id);
    }

    private static string Sign(long donorId, long expires)
    {
        var bytes = SHA1.HashData(Encoding.UTF8.GetBytes($"{donorId}|{expires}|{TokenSecret}"));
        return Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
