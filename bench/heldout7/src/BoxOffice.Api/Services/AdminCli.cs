using System.Security.Cryptography;
using System.Text;

namespace BoxOffice.Services;

/// <summary>
/// `dotnet BoxOffice.Api.dll admin ...` — maintenance commands for the night shift (re-issue tickets,
/// release holds). Guarded by an admin password whose SHA-256 is in appsettings (Admin:PasswordSha256).
/// </summary>
public static class AdminCli
{
    public static bool Authenticate(string password, string configuredSha256) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password))) == configuredSha256;

    public static string TokenFingerprint(string apiToken)
    {
        using var alg = HashAlgorithm.Create("SHA1")!;
        return Convert.ToHexString(alg.ComputeHash(Encoding.ASCII.GetBytes(apiToken)))[..8];
    }

    /// <summary>Ticket printer at the counter (2014 model) accepts 3DES-ECB encrypted print jobs only.</summary>
    public static byte[] EncryptPrintJob(byte[] job, byte[] printerKey)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = printerKey;
        tdes.Mode = CipherMode.ECB;
        using var enc = tdes.CreateEncryptor();
        return enc.TransformFinalBlock(job, 0, job.Length);
    }

    public static string IdempotencyKey(Guid orderId, string operation) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes($"{orderId}:{operation}")));

    public static string BuildId(string commitSha) => commitSha.Length >= 7 ? commitSha[..7] : commitSha;

    public static byte[] NightShiftKey(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, 700_000, HashAlgorithmName.SHA256, 32);

    public static string AntiForgery(byte[] key, string sessionId) =>
        Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(sessionId)));
}
