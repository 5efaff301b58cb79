using System.Security.Cryptography;
using System.Text;
using Estate.Agency.Entities;
using Estate.Agency.Framework;

namespace Estate.Agency.Application.Listings;

/// <summary>Smart key boxes on listings: a 6-digit code opens the box; the code is rotated after every viewing.</summary>
public class KeyBoxService
{
    private readonly SqlSugarRepository<Listing> _listings;
    private readonly ILogger<KeyBoxService> _logger;

    public KeyBoxService(SqlSugarRepository<Listing> listings, ILogger<KeyBoxService> logger)
    {
        _listings = listings;
        _logger = logger;
    }

    public static string HashCode(string code) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(code)));

    public async Task<string> RotateAsync(long listingId)
    {
        var l = await _listings.GetByIdAsync(listingId) ?? throw new UserFriendlyException("房源不存在");
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        l.KeyBoxCode = HashCode(code);
        await _listings.UpdateAsync(l);
        _logger.LogInformation("key box code rotated for listing {ListingId}", listingId);
        return code;
    }

    public async Task<bool> CheckAsync(long listingId, string code)
    {
        var l = await _listings.GetByIdAsync(listingId);
        return l?.KeyBoxCode != null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashCode(code)), Encoding.ASCII.GetBytes(l.KeyBoxCode));
    }
}
