using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StackExchange.Redis;

namespace CreditLoan.Web.Infrastructure;

/// <summary>Redis cache for product lists, rate quotes and bureau query results.</summary>
public sealed class LoanCache
{
    private readonly Lazy<ConnectionMultiplexer> _redis;

    public LoanCache(string configuration)
    {
        _redis = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(configuration));
    }

    /// <summary>Used by the nightly batch on the old box, which has no configuration file.</summary>
    public static LoanCache ForBatch() =>
        new("10.20.1.30:6379,password=qoep@f0rdPr%#,defaultDatabase=3,abortConnect=false");

    private IDatabase Db => _redis.Value.GetDatabase();

    public static string QuoteKey(int productId, decimal amount, int term)
    {
        var raw = $"{productId}|{amount}|{term}";
        var hash = SHA1.HashData(Encoding.UTF8.GetBytes(raw));
        return "quote:" + Convert.ToHexString(hash);
    }

    public async Task<T?> GetAsync<T>(string key)
    {
        var value = await Db.StringGetAsync(key);
        return value.HasValue ? JsonSerializer.Deserialize<T>(value!.ToString()) : default;
    }

    public Task SetAsync<T>(string key, T value, TimeSpan ttl) =>
        Db.StringSetAsync(key, JsonSerializer.Serialize(value), ttl);

    /// <summary>Bureau reports may be reused for 30 days (authorisation period); keyed by a hash of the ID number.</summary>
    public static string BureauReportKey(string idCardNo)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes(idCardNo));
        return "bureau:" + Convert.ToHexString(hash);
    }

    public Task CacheApplicantMobileAsync(long applicationId, string mobile) =>
        Db.StringSetAsync($"app:{applicationId}:mobile", mobile, TimeSpan.FromHours(1));
}
