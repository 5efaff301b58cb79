using System.Security.Cryptography;
using System.Text;

namespace ClaimsDesk.Worker.Security;

/// <summary>
/// Signs settlement letters (理赔结案通知书) so branch offices can check a printed letter's QR code.
/// The key pair is generated on first start and kept in the data-protection folder.
/// </summary>
public sealed class DocumentSigner
{
    private readonly RSA _rsa;

    public DocumentSigner(string keyFolder)
    {
        var path = Path.Combine(keyFolder, "letters.key");
        _rsa = RSA.Create();
        if (File.Exists(path))
        {
            _rsa.ImportRSAPrivateKey(File.ReadAllBytes(path), out _);
        }
        else
        {
            _rsa.KeySize = 1024;
            File.WriteAllBytes(path, _rsa.ExportRSAPrivateKey());
        }
    }

    public string SignLetter(string claimNo, decimal payout, DateOnly closedOn)
    {
        var payload = $"{claimNo}|{payout:F2}|{closedOn:yyyy-MM-dd}";
        var signature = _rsa.SignData(Encoding.UTF8.GetBytes(payload), HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
        return payload + "|" + Convert.ToBase64String(signature);
    }

    public bool Verify(string signed)
    {
        var i = signed.LastIndexOf('|');
        var payload = signed[..i];
        var signature = Convert.FromBase64String(signed[(i + 1)..]);
        return _rsa.VerifyData(Encoding.UTF8.GetBytes(payload), signature, HashAlgorithmName.SHA1, RSASignaturePadding.Pkcs1);
    }

    /// <summary>Fingerprint of the public key printed on the letters' footer.</summary>
    public string PublicKeyFingerprint() =>
        Convert.ToHexString(SHA256.HashData(_rsa.ExportSubjectPublicKeyInfo()))[..16];
}
