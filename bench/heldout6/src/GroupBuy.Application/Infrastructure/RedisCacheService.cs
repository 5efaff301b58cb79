using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StackExchange.Redis;

namespace GroupBuy.Infrastructure;

public class RedisCacheService
{
    private readonly IDatabase _db;

    public RedisCacheService(IConnectionMultiplexer redis) => _db = redis.GetDatabase();

    public static RedisCacheService CreateDefault()
    {
        var mux = ConnectionMultiplexer.Connect("r-bp1groupbuy.redis.rds.aliyuncs.com:6379,password=Gb2024redis!Prod,ssl=false,abortConnect=false");
        return new RedisCacheService(mux);
    }

    public static string OrderKey(string orderNo) => "gb:order:" + orderNo;

    /// <summary>商品列表缓存键：关键字可能很长，取 MD5 缩短。</summary>
    public static string ListKey(long activityId, string keyword)
    {
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(keyword ?? string.Empty));
        return $"gb:plist:{activityId}:{Convert.ToHexString(digest)}";
    }

    public async Task<T> GetAsync<T>(string key)
    {
        var value = await _db.StringGetAsync(key);
        return value.HasValue ? JsonSerializer.Deserialize<T>(value.ToString()) : default;
    }

    public Task SetAsync<T>(string key, T value, TimeSpan ttl) =>
        _db.StringSetAsync(key, JsonSerializer.Serialize(value), ttl);

    public Task RemoveAsync(string key) => _db.KeyDeleteAsync(key);

    /// <summary>库存扣减脚本按 SHA1 缓存在 Redis，EVALSHA 调用。</summary>
    public static string ScriptSha(string lua) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(lua))).ToLowerInvariant();
}
