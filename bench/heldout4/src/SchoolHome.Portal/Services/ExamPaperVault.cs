using System.Security.Cryptography;
using System.Text;

namespace SchoolHome.Portal.Services;

/// <summary>
/// Mid-term and final exam papers are uploaded by the teaching-research group a week ahead and
/// must stay sealed until the exam starts (试卷保密). Teachers unlock with a vault password.
/// </summary>
public sealed class ExamPaperVault
{
    private static readonly byte[] StaticIv = Encoding.ASCII.GetBytes("0102030405060708");
    private readonly byte[] _masterKey;

    public ExamPaperVault(IConfiguration config) => _masterKey = Convert.FromBase64String(config["Vault:MasterKey"]!);

    public byte[] Seal(byte[] pdf)
    {
        using var aes = Aes.Create();
        aes.Key = _masterKey;
        aes.IV = StaticIv;
        using var enc = aes.CreateEncryptor();
        var cipher = enc.TransformFinalBlock(pdf, 0, pdf.Length);
        var mac = HMACSHA256.HashData(_masterKey, cipher);
        return cipher.Concat(mac).ToArray();
    }

    /// <summary>Key derived from the teacher's vault password.</summary>
    public static byte[] DeriveTeacherKey(string vaultPassword, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(vaultPassword, salt, 10_000, HashAlgorithmName.SHA256, 32);

    /// <summary>Manifest digest printed on the seal sheet signed by two teachers.</summary>
    public static string ManifestDigest(IEnumerable<byte[]> papers)
    {
        using var sha = SHA384.Create();
        foreach (var p in papers)
            sha.TransformBlock(p, 0, p.Length, null, 0);
        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return Convert.ToHexString(sha.Hash!);
    }

    /// <summary>Deterministic paper id (UUID v5 in the school's namespace) so re-uploads keep their id.</summary>
    public static Guid PaperId(string subject, string term, int grade)
    {
        var ns = Guid.Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8").ToByteArray();
        var hash = SHA1.HashData(ns.Concat(Encoding.UTF8.GetBytes($"{subject}/{term}/{grade}")).ToArray());
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16]);
    }
}
