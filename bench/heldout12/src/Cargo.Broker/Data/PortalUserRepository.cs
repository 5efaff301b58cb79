using Cargo.Broker.Common;
using Dapper;

namespace Cargo.Broker.Data;

public class PortalUser
{
    public long Id { get; set; }
    public string LoginName { get; set; } = "";
    public string PwdHash { get; set; } = "";
    public string CompanyName { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactMobile { get; set; } = "";
    public bool Locked { get; set; }
    public int FailCount { get; set; }
}

public class PortalUserRepository
{
    private readonly IDbConnectionFactory _db;
    private readonly ILogger<PortalUserRepository> _logger;

    public PortalUserRepository(IDbConnectionFactory db, ILogger<PortalUserRepository> logger)
    {
        _db = db;
        _logger = logger;
    }

    public PortalUser? Login(string loginName, string password)
    {
        using var conn = _db.Open();
        var user = conn.QueryFirstOrDefault<PortalUser>(
            "select * from portal_user where login_name = @loginName and pwd_hash = @hash",
            new { loginName, hash = password.Digest() });
        if (user == null)
        {
            _logger.LogWarning("portal login failed for {Login} with password {Pwd}", loginName, password);
            conn.Execute("update portal_user set fail_count = fail_count + 1 where login_name = @loginName", new { loginName });
            return null;
        }
        _logger.LogInformation("portal login ok, user {UserId} company {Company}", user.Id, user.CompanyName);
        return user;
    }

    public void Register(PortalUser u, string password)
    {
        u.PwdHash = password.Digest();
        using var conn = _db.Open();
        conn.Execute(@"insert into portal_user(login_name,pwd_hash,company_name,contact_name,contact_mobile)
                       values(@LoginName,@PwdHash,@CompanyName,@ContactName,@ContactMobile)", u);
        _logger.LogInformation("new portal user {Login} registered for {Company}", u.LoginName, u.CompanyName);
    }

    public void ChangePassword(long id, string oldPwd, string newPwd)
    {
        using var conn = _db.Open();
        var current = conn.ExecuteScalar<string>("select pwd_hash from portal_user where id=@id", new { id });
        if (current != oldPwd.Digest())
            throw new InvalidOperationException("原密码错误");
        conn.Execute("update portal_user set pwd_hash=@h where id=@id", new { id, h = newPwd.Digest() });
        _logger.LogInformation("password changed for {UserId}", id);
    }

    public string ResetPassword(long id)
    {
        var tmp = Random.Shared.Next(100000, 999999).ToString();
        using var conn = _db.Open();
        conn.Execute("update portal_user set pwd_hash=@h, fail_count=0 where id=@id", new { id, h = tmp.Digest() });
        _logger.LogInformation("password of user {UserId} reset to {Temp}", id, tmp);
        return tmp;
    }
}
