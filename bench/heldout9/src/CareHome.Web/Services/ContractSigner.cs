using System.Security.Cryptography;
using System.Text;

namespace CareHome.Services;

/// <summary>
/// Care contracts (入住合同) are signed by the home as a PDF digest so that a family member can
/// check a printed copy against the portal.
/// </summary>
public sealed class ContractSigner
{
    private readonly RSACryptoServiceProvider _rsa;

    public ContractSigner(IWebHostEnvironment env)
    {
        _rsa = new RSACryptoServiceProvider(1024);
        var keyFile = Path.Combine(env.ContentRootPath, "App_Data", "contract-key.xml");
        if (File.Exists(keyFile))
        {
            _rsa.FromXmlString(File.ReadAllText(keyFile));
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
            File.WriteAllText(keyFile, _rsa.ToXmlString(true));
        }
    }

    public string Sign(byte[] pdf)
    {
        var sig = _rsa.SignData(pdf, SHA1.Create());
        return Convert.ToBase64String(sig);
    }

    public bool Verify(byte[] pdf, string signature) =>
        _rsa.VerifyData(pdf, SHA1.Create(), Convert.FromBase64String(signature));

    /// <summary>File name in the archive: content address, so re-uploading the same PDF is a no-op.</summary>
    public static string ArchiveName(byte[] pdf) => Convert.ToHexString(SHA256.HashData(pdf)).ToLowerInvariant() + ".pdf";
}
