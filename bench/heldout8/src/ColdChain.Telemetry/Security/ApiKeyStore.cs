using System.Security.Cryptography;
using System.Text;

namespace ColdChain.Telemetry.Security;

/// <summary>API keys for shipper integrations. Keys are 32 random bytes; only their SHA-256 is stored.</summary>
public sealed class ApiKeyStore
{
    public static (string Key, string Hash) Issue(string shipperCode)
    {
        var key = "cc_" + shipperCode.ToLowerInvariant() + "_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (key, Fingerprint(key));
    }

    public static string Fingerprint(string key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Short id shown in the portal next to a key, so shippers can tell keys apart.</summary>
    public static string DisplayId(string key) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(key)))[..8].ToLowerInvariant();
}
