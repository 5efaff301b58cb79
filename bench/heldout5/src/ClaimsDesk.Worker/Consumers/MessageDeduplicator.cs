using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using log4net;

namespace ClaimsDesk.Worker.Consumers;

/// <summary>
/// RabbitMQ redelivers after a worker restart; consumers skip a message whose content they have
/// already processed in the last hour. Keys are content digests, nothing secret.
/// </summary>
public sealed class MessageDeduplicator
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(MessageDeduplicator));
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new();

    public bool FirstTime<T>(T message)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(message);
        var key = Convert.ToHexString(MD5.HashData(json));
        var now = DateTimeOffset.UtcNow;
        foreach (var old in _seen.Where(kv => now - kv.Value > TimeSpan.FromHours(1)).Select(kv => kv.Key).ToList())
        {
            _seen.TryRemove(old, out _);
        }

        return _seen.TryAdd(key, now);
    }

    public static string CorrelationId(string claimNo, string eventName) =>
        new Guid(MD5.HashData(Encoding.UTF8.GetBytes(claimNo + "/" + eventName))).ToString();

    public static string LockKey(string claimNo) =>
        "claims:lock:" + Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(claimNo)))[..12];

    public static int Partition(string plate, int partitions) =>
        (int)(BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(plate)), 0) % (uint)partitions);

    public void Rejected<T>(T message, Exception ex) where T : class
    {
        Log.Error("Message rejected: " + JsonSerializer.Serialize(message), ex);
    }
}
