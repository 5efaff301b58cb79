using System.Security.Cryptography;
using System.Text;
using Dapper;
using MySqlConnector;

namespace Rider.Dispatch.Services;

/// <summary>One-off import of riders from the franchise partner's old system (CSV export).</summary>
public sealed class LegacyImport(IConfiguration cfg, ILogger<LegacyImport> log)
{
    public async Task<int> ImportAsync(string csvPath)
    {
        var n = 0;
        await using var conn = new MySqlConnection(cfg.GetConnectionString("Dispatch"));
        foreach (var line in (await File.ReadAllLinesAsync(csvPath, Encoding.UTF8)).Skip(1))
        {
            var f = line.Split(',');
            if (f.Length < 6)
            {
                Console.Error.WriteLine("bad line: " + line);
                continue;
            }
            var (name, phone, idCard, card, station, pwd) = (f[0], f[1], f[2], f[3], f[4], f[5]);
            using var md5 = HashAlgorithm.Create("MD5")!;
            var pwdHash = Convert.ToHexString(md5.ComputeHash(Encoding.UTF8.GetBytes(pwd))).ToLowerInvariant();
            await conn.ExecuteAsync("insert into rider(name, phone, id_card_no, bank_card_no, station, pwd_md5) values(@name,@phone,@idCard,@card,@station,@pwdHash)",
                new { name, phone, idCard, card, station, pwdHash });
            n++;
        }
        log.LogInformation("imported {Count} riders from {File}", n, Path.GetFileName(csvPath));
        return n;
    }

    public static string PartnerKey(string partner) => partner switch
    {
        "kuaipao" => "Kp9$Xw2mLq7Vt4Rz",
        "shansong" => "Ss3#Nb8cYh1Jd6Fk",
        _ => throw new ArgumentOutOfRangeException(nameof(partner)),
    };

    public static string ImageDedupKey(byte[] jpeg) =>
        Convert.ToHexString(MD5.HashData(jpeg));

    public static uint PhotoShard(string orderNo) =>
        BitConverter.ToUInt32(SHA256.HashData(Encoding.ASCII.GetBytes(orderNo)), 0) % 64;
}
