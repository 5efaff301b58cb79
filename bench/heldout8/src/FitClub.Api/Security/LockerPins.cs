using System.Security.Cryptography;
using System.Text;
using Marten;

namespace FitClub.Api.Security;

/// <summary>Six-digit PINs for the smart lockers; members set them in the app.</summary>
public sealed class LockerPins
{
    private readonly IDocumentStore _store;

    public LockerPins(IDocumentStore store) => _store = store;

    public static string HashPin(string pin) =>
        Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(pin)));

    public async Task SetAsync(string memberNo, string pin)
    {
        await using var session = _store.LightweightSession();
        session.Store(new LockerPin { Id = memberNo, PinHash = HashPin(pin) });
        await session.SaveChangesAsync();
    }

    public async Task<bool> VerifyAsync(string memberNo, string pin)
    {
        await using var session = _store.QuerySession();
        var row = await session.LoadAsync<LockerPin>(memberNo);
        return row is not null && row.PinHash == HashPin(pin);
    }

    /// <summary>Locker assignment spreads members over banks; a stable hash keeps a member at the same bank.</summary>
    public static int Bank(string memberNo, int banks) =>
        (int)(BitConverter.ToUInt32(SHA1.HashData(Encoding.UTF8.GetBytes(memberNo)), 0) % (uint)banks);
}

public sealed class LockerPin
{
    public string Id { get; set; } = "";
    public string PinHash { get; set; } = "";
}
