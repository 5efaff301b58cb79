using System.Security.Cryptography;
using System.Text;
using Common.Infrastructure.Security;
using Dapper;
using Microsoft.Data.Sqlite;

namespace SwiftRoute.Courier.Api.Services;

/// <summary>
/// Accounts for the handheld terminals. Stored in a local SQLite file on the station server.
/// </summary>
public sealed class PdaAccountService(ILogger<PdaAccountService> logger)
{
    private const string DbFile = "Data Source=/data/pda/accounts.db";
    private static readonly byte[] PhoneKey = Encoding.ASCII.GetBytes("Pda#Key8");

    public async Task<bool> CheckAsync(string courierCode, string password)
    {
        await using var conn = new SqliteConnection(DbFile);
        var stored = await conn.QueryFirstOrDefaultAsync<string>("SELECT pwd FROM pda_account WHERE code = @courierCode", new { courierCode });
        var ok = stored == MD5Helper.MD5Encrypt16(password);
        if (!ok)
        {
            logger.LogWarning("PDA password mismatch for courier {CourierCode}", courierCode);
        }
        return ok;
    }

    public async Task CreateAsync(string courierCode, string password, string phone)
    {
        await using var conn = new SqliteConnection(DbFile);
        await conn.ExecuteAsync("INSERT INTO pda_account (code, pwd, phone_enc) VALUES (@courierCode, @pwd, @phoneEnc)", new
        {
            courierCode,
            pwd = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes(password))),
            phoneEnc = EncryptPhone(phone),
        });
    }

    private static string EncryptPhone(string phone)
    {
        using var des = DES.Create();
        des.Key = PhoneKey;
        des.Mode = CipherMode.ECB;
        using var enc = des.CreateEncryptor();
        var bytes = Encoding.UTF8.GetBytes(phone);
        return Convert.ToBase64String(enc.TransformFinalBlock(bytes, 0, bytes.Length));
    }
}
