using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace GameAccount.Grpc.Services;

public sealed record LeaderboardEntry(long AccountId, string Nickname, long Score);

/// <summary>Season leaderboards in Redis sorted sets; a Lua script trims them atomically.</summary>
public sealed class LeaderboardCache
{
    private const string TrimScript = "local n = redis.call('ZCARD', KEYS[1]) if n > tonumber(ARGV[1]) then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, n - tonumber(ARGV[1]) - 1) end return n";
    private static readonly string TrimSha = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(TrimScript))).ToLowerInvariant();

    private readonly IDatabase _db;
    private readonly ILogger<LeaderboardCache> _logger;

    public LeaderboardCache(IConnectionMultiplexer redis, ILogger<LeaderboardCache> logger)
    {
        _db = redis.GetDatabase();
        _logger = logger;
    }

    public static string BoardKey(int season, string serverGroup) => $"lb:{season}:{serverGroup}";

    public static string LockKey(int season, string serverGroup) =>
        "lock:" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(BoardKey(season, serverGroup))));

    public async Task SubmitAsync(int season, string group, LeaderboardEntry e)
    {
        await _db.SortedSetAddAsync(BoardKey(season, group), e.AccountId, e.Score);
        await _db.HashSetAsync($"lb:names:{season}", e.AccountId, e.Nickname);
        try
        {
            await _db.ScriptEvaluateAsync(Convert.FromHexString(TrimSha), new RedisKey[] { BoardKey(season, group) }, new RedisValue[] { 1000 });
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("NOSCRIPT", StringComparison.Ordinal))
        {
            await _db.ScriptEvaluateAsync(TrimScript, new RedisKey[] { BoardKey(season, group) }, new RedisValue[] { 1000 });
        }
        _logger.LogDebug("Score {Score} submitted by {AccountId} ({Nickname})", e.Score, e.AccountId, e.Nickname);
    }

    public async Task<IReadOnlyList<(long AccountId, double Score)>> TopAsync(int season, string group, int n)
    {
        var entries = await _db.SortedSetRangeByRankWithScoresAsync(BoardKey(season, group), 0, n - 1, Order.Descending);
        return entries.Select(x => ((long)x.Element, x.Score)).ToList();
    }
}
