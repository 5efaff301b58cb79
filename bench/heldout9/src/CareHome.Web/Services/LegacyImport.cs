using System.Security.Cryptography;
using System.Text;
using CareHome.Data;
using CareHome.Domain;

namespace CareHome.Services;

/// <summary>
/// One-off import from the old nursing-home system (Access + VB6). Its export file holds the
/// ID number and phone DES-encrypted; we decrypt them and re-save through EF.
/// </summary>
public sealed class LegacyImport
{
    private static readonly byte[] LegacyKey = Encoding.ASCII.GetBytes("yk@1998!");

    private readonly CareDbContext _db;
    private readonly ILogger<LegacyImport> _logger;

    public LegacyImport(CareDbContext db, ILogger<LegacyImport> logger)
    {
        _db = db;
        _logger = logger;
    }

    public async Task<int> ImportAsync(string path, CancellationToken ct)
    {
        var count = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, Encoding.GetEncoding("GB18030"), ct))
        {
            var f = line.Split('\t');
            if (f.Length < 6) continue;

            var idCard = Decrypt(f[2]);
            var phone = Decrypt(f[3]);
            if (idCard.Length != 18)
            {
                Console.WriteLine($"skip {f[1]} {idCard}");
                continue;
            }

            _db.Residents.Add(new Resident
            {
                ResidentNo = f[0],
                Name = f[1],
                IdCardNo = idCard,
                Phone = phone,
                HomeAddress = f[4],
                RoomNo = f[5],
                Level = CareLevel.Assisted,
                AdmittedAt = DateTime.Now,
            });
            count++;
        }

        await _db.SaveChangesAsync(ct);
        _logger.LogInformation("Imported {Count} residents from {File}", count, Path.GetFileName(path));
        return count;
    }

    private static string Decrypt(string b64)
    {
        using var des = DES.Create();
        des.Key = LegacyKey;
        des.Mode = CipherMode.ECB;
        des.Padding = PaddingMode.PKCS7;
        var bytes = Convert.FromBase64String(b64);
        return Encoding.UTF8.GetString(des.CreateDecryptor().TransformFinalBlock(bytes, 0, bytes.Length));
    }
}
