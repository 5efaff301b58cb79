using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ParkToll.Protos;

namespace ParkToll.Services;

/// <summary>In-process fan-out of lane events to the lot's monitoring screens.</summary>
public sealed class LaneEventBus
{
    private readonly ConcurrentDictionary<Guid, (string Lot, Channel<LaneEvent> Channel)> _subs = new();

    public void Publish(LaneEvent e)
    {
        foreach (var (_, sub) in _subs)
        {
            if (e.LaneId.StartsWith(sub.Lot, StringComparison.OrdinalIgnoreCase))
            {
                sub.Channel.Writer.TryWrite(e);
            }
        }
    }

    public async IAsyncEnumerable<LaneEvent> Subscribe(string lot, [EnumeratorCancellation] CancellationToken ct)
    {
        var id = Guid.NewGuid();
        var channel = Channel.CreateBounded<LaneEvent>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        _subs[id] = (lot, channel);
        try
        {
            await foreach (var e in channel.Reader.ReadAllAsync(ct))
            {
                yield return e;
            }
        }
        finally
        {
            _subs.TryRemove(id, out _);
        }
    }
}
