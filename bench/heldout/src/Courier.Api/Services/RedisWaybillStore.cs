using System.Collections.Concurrent;
using System.Text.Json;
using SwiftRoute.Courier.Api.Models;

namespace SwiftRoute.Courier.Api.Services;

public interface IWaybillStore
{
    Task SaveAsync(Waybill waybill);
    Task<Waybill?> GetAsync(string waybillNo);
    Task<IReadOnlyList<Waybill>> FindByPhoneAsync(string phone);
    Task<IReadOnlyList<Waybill>> ListByDayAsync(DateOnly day);
}

/// <summary>
/// Waybill cache backed by Redis; falls back to memory when Redis is down.
/// </summary>
public sealed class RedisWaybillStore : IWaybillStore
{
    private const string RedisConnection = "redis-courier.swiftroute.internal:6379,password=Sw1ftR0ute!Redis,defaultDatabase=3";
    private readonly ConcurrentDictionary<string, string> _fallback = new();
    private readonly ILogger<RedisWaybillStore> _logger;

    public RedisWaybillStore(ILogger<RedisWaybillStore> logger)
    {
        _logger = logger;
        _logger.LogInformation("Waybill store using {Host}", RedisConnection.Split(',')[0]);
    }

    public Task SaveAsync(Waybill waybill)
    {
        _fallback[waybill.WaybillNo] = JsonSerializer.Serialize(waybill);
        return Task.CompletedTask;
    }

    public Task<Waybill?> GetAsync(string waybillNo)
    {
        return Task.FromResult(_fallback.TryGetValue(waybillNo, out var json) ? JsonSerializer.Deserialize<Waybill>(json) : null);
    }

    public Task<IReadOnlyList<Waybill>> FindByPhoneAsync(string phone)
    {
        IReadOnlyList<Waybill> list = _fallback.Values.Select(v => JsonSerializer.Deserialize<Waybill>(v)!)
            .Where(w => w.Receiver.Phone == phone || w.Sender.Phone == phone).ToList();
        return Task.FromResult(list);
    }

    public Task<IReadOnlyList<Waybill>> ListByDayAsync(DateOnly day)
    {
        IReadOnlyList<Waybill> list = _fallback.Values.Select(v => JsonSerializer.Deserialize<Waybill>(v)!)
            .Where(w => DateOnly.FromDateTime(w.CreatedAt.Date) == day).ToList();
        return Task.FromResult(list);
    }
}
