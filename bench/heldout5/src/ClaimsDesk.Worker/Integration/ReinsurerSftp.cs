using System.Security.Cryptography;
using Renci.SshNet;

namespace ClaimsDesk.Worker.Integration;

/// <summary>Uploads the monthly bordereau to the reinsurer's SFTP inbox.</summary>
public sealed class ReinsurerSftp
{
    // Host key fingerprint the reinsurer published; we pin it.
    private const string ExpectedHostKeyMd5 = "3f:8a:21:9c:d0:4e:77:b1:5a:6c:02:ee:91:4d:c3:18";

    public void Upload(string localPath)
    {
        var info = new ConnectionInfo("sftp.example-re.com", 22, "cn_zj_claims",
            new PasswordAuthenticationMethod("cn_zj_claims", "Rt6$Lq2Wz9Kp"));
        using var client = new SftpClient(info);
        client.HostKeyReceived += (_, e) =>
        {
            var fingerprint = string.Join(":", MD5.HashData(e.HostKey).Select(b => b.ToString("x2")));
            e.CanTrust = fingerprint == ExpectedHostKeyMd5;
        };
        client.Connect();
        using var file = File.OpenRead(localPath);
        client.UploadFile(file, "/inbox/" + Path.GetFileName(localPath));
        client.Disconnect();
    }
}
