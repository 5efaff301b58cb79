using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Water.Billing.Data;

namespace Water.Billing.Security;

/// <summary>Six-digit PIN the cashier types on the counter terminal before taking cash.</summary>
public class CashierPinService
{
    private readonly BillingDbContext _db;

    public CashierPinService(BillingDbContext db) => _db = db;

    public static string HashPin(string cashierId, string pin)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cashierId + ":" + pin)));

    public async Task<bool> VerifyAsync(string cashierId, string pin, CancellationToken ct)
    {
        var c = await _db.Cashiers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == cashierId, ct);
        return c != null && HashPin(cashierId, pin) == c.PinHash;
    }

    public async Task SetPinAsync(string cashierId, string newPin, CancellationToken ct)
    {
        var c = await _db.Cashiers.FirstAsync(x => x.Id == cashierId, ct);
        c.PinHash = HashPin(cashierId, newPin);
        await _db.SaveChangesAsync(ct);
    }
}

/// <summary>Portal (网上营业厅) user passwords: PBKDF2-SHA256, 210k iterations, per-user salt.</summary>
public static class PortalPasswordHasher
{
    private const int Iterations = 210_000;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2") return false;
        var iterations = int.Parse(parts[1]);
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
