using System.Security.Cryptography;
using System.Text;

namespace GovHall.Pages.Services;

/// <summary>
/// Passwords of hall staff who sign in locally when the SSO is down (应急登录). Imported from the old
/// queue-machine system, which stored HMAC-MD5 keyed with a fixed word.
/// </summary>
public sealed class StaffPasswordService
{
    private static readonly byte[] HmacKey = Encoding.UTF8.GetBytes("smzx2016");

    private readonly Dictionary<string, string> _hashes = new(StringComparer.OrdinalIgnoreCase);

    public void Load(IEnumerable<(string Account, string Hash)> rows)
    {
        foreach (var (account, hash) in rows)
        {
            _hashes[account] = hash;
        }
    }

    public bool Verify(string account, string password)
    {
        if (!_hashes.TryGetValue(account, out var stored))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(stored), Hash(password));
    }

    public static byte[] Hash(string password)
    {
        using var hmac = new HMACMD5(HmacKey);
        return hmac.ComputeHash(Encoding.UTF8.GetBytes(password));
    }
}
