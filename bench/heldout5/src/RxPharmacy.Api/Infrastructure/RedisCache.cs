using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StackExchange.Redis;

namespace RxPharmacy.Api.Infrastructure;

public sealed class RedisCache
{
    private readonly IDatabase _db;

    public RedisCache(IConfiguration configuration)
    {
        var options = configuration["Redis:Configuration"]
            ?? "redis-rx.internal:6379,password=9%fXkQRe74AWAx,ssl=false,abortConnect=false"; ⟪S+ Redis password in the hard-coded fallback configuration⟫
        _db = ConnectionMultiplexer.Connect(options).GetDatabase();
    }

    /// <summary>Drug search results are cached per query; MD5 only shortens the key.</summary>
    public static string SearchKey(string keyword, int page)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes($"{keyword}|{page}")); ⟪H- MD5 of a drug search query as a cache key⟫
        return "rx:drug-search:" + Convert.ToHexString(digest);
    }

    public async Task<T?> GetAsync<T>(string key)
    {
        var value = await _db.StringGetAsync(key);
        return value.HasValue ? JsonSerializer.Deserialize<T>(value!) : default;
    }

    public Task SetAsync<T>(string key, T value, TimeSpan ttl) =>
        _db.StringSetAsync(key, JsonSerializer.Serialize(value), ttl);

    public Task<bool> TryLockAsync(string resource, TimeSpan ttl) =>
        _db.StringSetAsync("rx:lock:" + resource, Environment.MachineName, ttl, When.NotExists);
}
