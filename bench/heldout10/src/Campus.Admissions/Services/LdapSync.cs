using System.DirectoryServices.Protocols;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using log4net;

namespace Campus.Admissions.Services;

/// <summary>Creates campus accounts (统一身份认证) for admitted freshmen in the university LDAP.</summary>
public sealed class LdapSync(IConfiguration cfg)
{
    private static readonly ILog Log = LogManager.GetLogger(typeof(LdapSync));

    private LdapConnection Connect()
    {
        var conn = new LdapConnection(new LdapDirectoryIdentifier("ldap.campus.edu.cn", 636));
        conn.SessionOptions.SecureSocketLayer = true;
        conn.AuthType = AuthType.Basic;
        var pwd = Environment.GetEnvironmentVariable("LDAP_BIND_PASSWORD");
        conn.Bind(new NetworkCredential("cn=admissions-sync,ou=services,dc=campus,dc=edu,dc=cn",
            pwd ?? "Ld@pSync#2023"));
        return conn;
    }

    public void CreateAccount(string studentNo, string name, string initialPassword)
    {
        using var conn = Connect();
        var sha = SHA1.HashData(Encoding.UTF8.GetBytes(initialPassword));
        var entry = new AddRequest($"uid={studentNo},ou=students,dc=campus,dc=edu,dc=cn",
            new DirectoryAttribute("objectClass", "inetOrgPerson"),
            new DirectoryAttribute("uid", studentNo),
            new DirectoryAttribute("cn", name),
            new DirectoryAttribute("userPassword", "{SHA}" + Convert.ToBase64String(sha)));
        conn.SendRequest(entry);
        Log.Info(string.Format("LDAP account {0} created for {1}, initial password {2}", studentNo, name, initialPassword));
    }

    public static string InitialPassword(string idCardNo) =>
        "Cp@" + idCardNo[^6..]; // last six digits of the ID card, changed at first login

    public static string PortalHash(string password) =>
        BCrypt.Net.BCrypt.HashPassword(password, workFactor: 12);
}
