using System.Security.Cryptography;
using System.Text;

namespace TalentHub.Security;

/// <summary>
/// API keys employers use for the job-posting import API. Keys are 32 random bytes shown once;
/// we store only their SHA-256 (a random high-entropy key does not need a slow hash).
/// </summary>
public static class EmployerApiKeys
{
    public const string HeaderName = "X-Api-Key";
    private const string Prefix = "th_live_";

    public static (string plain, string hash) Create()
    {
        var plain = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (plain, Hash(plain));
    }

    public static string Hash(string apiKey) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));

    public static bool Matches(string presented, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Convert.FromHexString(Hash(presented)), Convert.FromHexString(storedHash));
}
