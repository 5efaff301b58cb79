using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Data.Sqlite;
using Rental.Keeper.Models;

namespace Rental.Keeper.Services;

/// <summary>
/// 本地 SQLite 缓存（断网时也能办理入住，联网后同步）
/// </summary>
public class LocalCache
{
    private readonly string _cs;

    public LocalCache(string file, string password)
    {
        _cs = new SqliteConnectionStringBuilder { DataSource = Environment.ExpandEnvironmentVariables(file), Password = password, Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
    }

    public static LocalCache Default() =>
        new("%LOCALAPPDATA%\\YoujiaKeeper\\cache.db", "yj_cache_2024");

    public void Init()
    {
        using var conn = new SqliteConnection(_cs);
        conn.Execute(@"create table if not exists tenant(id integer primary key, name text, mobile text, id_card_no text, id_card_address text, emergency_contact text, emergency_mobile text, employer text, photo_path text, synced integer default 0);
                       create table if not exists login_cache(user_name text primary key, pwd text, token text, saved_at text);
                       create table if not exists pending_op(id integer primary key autoincrement, kind text, payload text, created_at text);");
    }

    public void SaveTenant(Tenant t)
    {
        using var conn = new SqliteConnection(_cs);
        conn.Execute("insert or replace into tenant(id, name, mobile, id_card_no, id_card_address, emergency_contact, emergency_mobile, employer, photo_path) values(@Id, @Name, @Mobile, @IdCardNo, @IdCardAddress, @EmergencyContact, @EmergencyMobile, @Employer, @PhotoPath)", t);
    }

    public IEnumerable<Tenant> Unsynced()
    {
        using var conn = new SqliteConnection(_cs);
        return conn.Query<Tenant>("select * from tenant where synced = 0").ToList();
    }

    /// <summary>记住密码：简单混淆一下</summary>
    public void RememberLogin(string user, string password, string token)
    {
        using var conn = new SqliteConnection(_cs);
        conn.Execute("insert or replace into login_cache values(@user, @pwd, @token, @at)",
            new { user, pwd = Obfuscate(password), token, at = DateTime.Now.ToString("s") });
    }

    public (string User, string Password)? SavedLogin()
    {
        using var conn = new SqliteConnection(_cs);
        var row = conn.QueryFirstOrDefault<(string, string)>("select user_name, pwd from login_cache order by saved_at desc limit 1");
        return row.Item1 == null ? null : (row.Item1, Deobfuscate(row.Item2));
    }

    private static readonly byte[] RememberKey = Encoding.ASCII.GetBytes("YjKp#2019"[..8]);

    private static string Obfuscate(string plain)
    {
        using var des = DES.Create();
        des.Key = RememberKey;
        des.Mode = CipherMode.ECB;
        var b = Encoding.UTF8.GetBytes(plain);
        return Convert.ToBase64String(des.CreateEncryptor().TransformFinalBlock(b, 0, b.Length));
    }

    private static string Deobfuscate(string cipher)
    {
        using var des = DES.Create();
        des.Key = RememberKey;
        des.Mode = CipherMode.ECB;
        var b = Convert.FromBase64String(cipher);
        return Encoding.UTF8.GetString(des.CreateDecryptor().TransformFinalBlock(b, 0, b.Length));
    }

    public static string PhotoFileName(byte[] photo) =>
        Convert.ToHexString(MD5.HashData(photo)) + ".jpg";
}
