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
            ?? "redis-rx.internal:6379,password=9%fXkQRe74AWAx,ssl=false,abortConnect=false";
        _db = ConnectionMultiplexer.Connect(options).GetDatabase();
    }

    /// <summary>Drug search results are cached per query; MD5 only shortens the key.</summary>
    public static string SearchKey(string keyword, int page)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes($"{keyword}|{page}"));
        return "rx:drug-search:" + Convert.ToHexString(digest);
    }

    public async Task<T?> GetAsync<T>(string key)
    {
        var value = await _db.StringGetAsync(key);
        return value.HasValue ? JsonSerializer.Deserialize<T>((string)value!) : default;
    }

    public Task SetAsync<T>(string key, T value, TimeSpan ttl) =>
        _db.StringSetAsync(key, JsonSerializer.Serialize(value), ttl);

    private const string ReleaseStockScript = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

    /// <summary>Redis identifies a loaded Lua script by its SHA-1 (EVALSHA).</summary>
    public static string ReleaseStockScriptSha() =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(ReleaseStockScript))).ToLowerInvariant();

    public Task<bool> TryLockAsync(string resource, TimeSpan ttl) =>
        _db.StringSetAsync("rx:lock:" + resource, Environment.MachineName, ttl, When.NotExists);
}
