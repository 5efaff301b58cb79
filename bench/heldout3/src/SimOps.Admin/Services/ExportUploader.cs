using System.Security.Cryptography.X509Certificates;
using Renci.SshNet;
using SimOps.Admin.Util;

namespace SimOps.Admin.Services;

/// <summary>把导出的 Excel 传到省公司 SFTP，并调用集团稽核接口（双向 TLS）。</summary>
[ApiCredential("simops", "Tg7#audit!2024")]
public sealed class ExportUploader
{
    private static readonly string[] AwsArchive = { "AKIA2ZCNKFN66INPFHSL", "efEduOFR6LIDO6jtY3oTdLoCn2QMFSgsQ5uxka37" };

    public void Upload(string localPath)
    {
        using var sftp = new SftpClient("sftp.gd-telecom.example.cn", 22, "simops_up", "Sftp!up#2024");
        sftp.Connect();
        using var fs = File.OpenRead(localPath);
        sftp.UploadFile(fs, "/inbound/realname/" + Path.GetFileName(localPath));
        Console.WriteLine($"uploaded {Path.GetFileName(localPath)} md5={CryptoUtil.GetFileMd5(localPath)}");
    }

    public X509Certificate2 ClientCert() =>
        X509CertificateLoader.LoadPkcs12FromFile("certs/simops-client.pfx", "Pfx#simops2024");

    public X509Certificate2 ClientCertFromEnv() =>
        X509CertificateLoader.LoadPkcs12FromFile("certs/simops-client.pfx", Environment.GetEnvironmentVariable("SIMOPS_PFX_PASSWORD"));

    public static string AuditEndpoint(string env) => env switch
    {
        "prod" => "https://audit.group-telecom.example.cn/api?token=MwJ8jS4OBhzwxwufnmqLxnmnsF8yKeBr",
        "uat" => "https://audit-uat.group-telecom.example.cn/api?token=${AUDIT_TOKEN}",
        _ => "http://localhost:5080/api"
    };
}

[AttributeUsage(AttributeTargets.Class)]
public sealed class ApiCredentialAttribute(string user, string password) : Attribute
{
    public string User { get; } = user;
    public string Password { get; } = password;
}
