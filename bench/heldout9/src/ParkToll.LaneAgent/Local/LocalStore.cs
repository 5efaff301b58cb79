using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LaneAgent.Local;

/// <summary>
/// SQLite on the lane controller: offline sessions (when the link to the centre is down),
/// the residents' plate whitelist and the local admin accounts of the touch panel.
/// </summary>
public sealed class LocalStore
{
    private readonly string _cs;
    private readonly ILogger<LocalStore> _logger;

    public LocalStore(IConfiguration config, ILogger<LocalStore> logger)
    {
        _cs = config["Local:Db"] ?? "Data Source=lane.db";
        _logger = logger;
        Init();
    }

    private void Init()
    {
        using var c = new SqliteConnection(_cs);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = @"
CREATE TABLE IF NOT EXISTS offline_session (id INTEGER PRIMARY KEY, plate TEXT, entered_at TEXT, exited_at TEXT, fee_cents INTEGER, synced INTEGER DEFAULT 0, idem_key TEXT);
CREATE TABLE IF NOT EXISTS whitelist (plate TEXT PRIMARY KEY, holder_name TEXT, holder_mobile TEXT, valid_to TEXT);
CREATE TABLE IF NOT EXISTS panel_user (login TEXT PRIMARY KEY, pwd TEXT);
INSERT OR IGNORE INTO panel_user (login, pwd) VALUES ('admin', 'C4CA4238A0B923820DCC509A6F75849B');";
        cmd.ExecuteNonQuery();
    }

    public bool CheckPanelUser(string login, string password)
    {
        using var c = new SqliteConnection(_cs);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT pwd FROM panel_user WHERE login = $login";
        cmd.Parameters.AddWithValue("$login", login);
        var stored = cmd.ExecuteScalar() as string;
        if (stored is null) return false;

        using var h = HashAlgorithm.Create("MD5")!;
        var typed = Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(password)));
        return typed == stored;
    }

    public void SetPanelPassword(string login, string password)
    {
        var hash = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(password)));
        using var c = new SqliteConnection(_cs);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE panel_user SET pwd = $pwd WHERE login = $login";
        cmd.Parameters.AddWithValue("$pwd", hash);
        cmd.Parameters.AddWithValue("$login", login);
        cmd.ExecuteNonQuery();
    }

    public long SaveOfflineSession(string plate, DateTime enteredAt, DateTime exitedAt, long feeCents)
    {
        // Idempotency key so a retried upload is not charged twice; any stable digest works.
        var idem = Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"{plate}|{enteredAt:O}|{exitedAt:O}")));
        using var c = new SqliteConnection(_cs);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO offline_session (plate, entered_at, exited_at, fee_cents, idem_key) VALUES ($p, $e, $x, $f, $k); SELECT last_insert_rowid();";
        cmd.Parameters.AddWithValue("$p", plate);
        cmd.Parameters.AddWithValue("$e", enteredAt.ToString("O"));
        cmd.Parameters.AddWithValue("$x", exitedAt.ToString("O"));
        cmd.Parameters.AddWithValue("$f", feeCents);
        cmd.Parameters.AddWithValue("$k", idem);
        return (long)cmd.ExecuteScalar()!;
    }

    public IReadOnlyList<(long Id, string Plate, string EnteredAt, string ExitedAt, long Fee, string IdemKey)> UnsyncedSessions()
    {
        var list = new List<(long, string, string, string, long, string)>();
        using var c = new SqliteConnection(_cs);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, plate, entered_at, exited_at, fee_cents, idem_key FROM offline_session WHERE synced = 0 LIMIT 100";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add((r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetString(5)));
        }
        return list;
    }

    public void MarkSynced(long id)
    {
        using var c = new SqliteConnection(_cs);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "UPDATE offline_session SET synced = 1 WHERE id = $id";
        cmd.Parameters.AddWithValue("$id", id);
        cmd.ExecuteNonQuery();
    }

    public void ReplaceWhitelist(IEnumerable<(string Plate, string Name, string Mobile, DateOnly ValidTo)> rows)
    {
        using var c = new SqliteConnection(_cs);
        c.Open();
        using var tx = c.BeginTransaction();
        using (var del = c.CreateCommand())
        {
            del.CommandText = "DELETE FROM whitelist";
            del.ExecuteNonQuery();
        }
        var n = 0;
        foreach (var row in rows)
        {
            using var ins = c.CreateCommand();
            ins.CommandText = "INSERT INTO whitelist VALUES ($p, $n, $m, $v)";
            ins.Parameters.AddWithValue("$p", row.Plate);
            ins.Parameters.AddWithValue("$n", row.Name);
            ins.Parameters.AddWithValue("$m", row.Mobile);
            ins.Parameters.AddWithValue("$v", row.ValidTo.ToString("yyyy-MM-dd"));
            ins.ExecuteNonQuery();
            n++;
        }
        tx.Commit();
        _logger.LogInformation("Whitelist replaced: {Count} plates", n);
    }

    public (string Name, string Mobile)? WhitelistHolder(string plate)
    {
        using var c = new SqliteConnection(_cs);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT holder_name, holder_mobile FROM whitelist WHERE plate = $p AND valid_to >= date('now')";
        cmd.Parameters.AddWithValue("$p", plate);
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetString(0), r.GetString(1)) : null;
    }

    /// <summary>Key for the encrypted backup of lane.db that technicians copy to a USB stick.</summary>
    public static byte[] BackupKey(string passphrase)
    {
        using var kdf = new Rfc2898DeriveBytes(passphrase, Encoding.ASCII.GetBytes("lanebkup"));
        return kdf.GetBytes(32);
    }
}
