using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Common.Infrastructure.Masking;

namespace SwiftRoute.Courier.Api.Services;

/// <summary>
/// Prevents sending the same pickup-code SMS twice within ten minutes.
/// </summary>
public sealed class SmsDedup(ILogger<SmsDedup> logger)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _sent = new();

    public bool ShouldSend(string phone, string waybillNo)
    {
        var key = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(phone + "|" + waybillNo)));
        var now = DateTimeOffset.UtcNow;
        if (_sent.TryGetValue(key, out var at) && now - at < TimeSpan.FromMinutes(10))
        {
            logger.LogInformation("Skip duplicate pickup SMS for {Waybill} to {Phone}", waybillNo, phone.Masked());
            return false;
        }
        _sent[key] = now;
        return true;
    }

    public void Report()
    {
        logger.LogInformation("SMS dedup holds {Count} keys", _sent.Count);
        Console.WriteLine($"dedup keys: {_sent.Count}");
    }
}
