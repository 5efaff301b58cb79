using System.Security.Cryptography;
using System.Text;
using Cargo.Broker.Common;
using Dapper;

namespace Cargo.Broker.Data;

/// <summary>从旧版 ASP 系统迁移客户账号（一次性）</summary>
public class LegacyImport
{
    private readonly IDbConnectionFactory _db;
    private readonly ILogger<LegacyImport> _log;

    public LegacyImport(IDbConnectionFactory db, ILogger<LegacyImport> log)
    {
        _db = db;
        _log = log;
    }

    public int Run(string csvPath)
    {
        var n = 0;
        using var c = _db.Open();
        foreach (var line in File.ReadLines(csvPath).Skip(1))
        {
            var f = line.Split(',');
            var login = f[0];
            var plain = f[1];
            var contact = f[2];
            var mobile = f[3];
            var hash = BitConverter.ToString(SHA1.HashData(Encoding.ASCII.GetBytes(plain))).Replace("-", "");
            c.Execute("insert into portal_user(login_name, pwd_hash, contact_name, contact_mobile) values(@login, @hash, @contact, @mobile)",
                new { login, hash, contact, mobile });
            _log.LogDebug("imported {Login}: {Contact} {Mobile} pwd {Pwd}", login, contact, mobile, plain);
            n++;
        }
        return n;
    }

    public bool LegacyLogin(string login, string password)
    {
        using var c = _db.Open();
        var stored = c.ExecuteScalar<string>("select pwd_hash from portal_user where login_name=@login", new { login });
        if (stored != null && stored.Length == 40)
            return stored == BitConverter.ToString(SHA1.HashData(Encoding.ASCII.GetBytes(password))).Replace("-", "");
        return stored == password.Digest();
    }
}
