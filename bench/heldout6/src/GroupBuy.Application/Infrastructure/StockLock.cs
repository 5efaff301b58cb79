using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace GroupBuy.Infrastructure;

/// <summary>秒杀库存锁：同一 SKU 同一时刻只允许一个扣减。</summary>
public class StockLock
{
    private readonly IDatabase _db;
    public StockLock(IConnectionMultiplexer mux) => _db = mux.GetDatabase();

    public static string LockKey(string sku, long activityId) =>
        "gb:lock:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{activityId}/{sku}")));

    public async Task<bool> TryAcquireAsync(string sku, long activityId, string owner, TimeSpan ttl) =>
        await _db.StringSetAsync(LockKey(sku, activityId), owner, ttl, When.NotExists);

    public async Task ReleaseAsync(string sku, long activityId, string owner)
    {
        const string script = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
        await _db.ScriptEvaluateAsync(script, new RedisKey[] { LockKey(sku, activityId) }, new RedisValue[] { owner });
    }

    /// <summary>按会员 ID 分到 16 张订单分表。</summary>
    public static int TableShard(long memberId) =>
        MD5.HashData(BitConverter.GetBytes(memberId))[0] & 0x0f;
}
