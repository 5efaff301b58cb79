using System.Security.Cryptography;
using System.Text;
using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Models;

namespace CreditLoan.Web.Services;

/// <summary>Loan contracts: generated as PDF, signed by the e-signature platform, archived.</summary>
public sealed class ContractService
{
    private readonly ILogger<ContractService> _logger;
    private readonly string _archiveRoot;

    public ContractService(ILogger<ContractService> logger, IConfiguration config)
    {
        _logger = logger;
        _archiveRoot = config["Contracts:ArchiveRoot"] ?? "/data/contracts";
    }

    public async Task<string> ArchiveAsync(LoanApplication app, byte[] signedPdf)
    {
        var digest = Convert.ToHexString(SHA256.HashData(signedPdf));
        var path = Path.Combine(_archiveRoot, DateTime.Today.ToString("yyyy/MM"), app.ApplicationNo + ".pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, signedPdf);
        // Index line for the archive room's search tool.
        await File.AppendAllTextAsync(Path.Combine(_archiveRoot, "index.txt"),
            $"{app.ApplicationNo}\t{app.ApplicantName}\t{app.IdCardNo}\t{digest}\n");
        _logger.LogInformation("Contract {ApplicationNo} archived, sha256 {Digest}", app.ApplicationNo, digest);
        return path;
    }

    /// <summary>Seal verification with the platform's ECDSA P-256 public key.</summary>
    public static bool VerifySeal(byte[] data, byte[] signature, ECDsa platformKey) =>
        platformKey.VerifyData(data, signature, HashAlgorithmName.SHA256);

    /// <summary>Contract number check digit printed under the barcode.</summary>
    public static char CheckDigit(string contractNo)
    {
        var sum = contractNo.Where(char.IsDigit).Select((c, i) => (c - '0') * (i % 2 == 0 ? 3 : 1)).Sum();
        return (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>Shared link to a contract for the customer: expires after 24 hours.</summary>
    public static string ShareLink(string applicationNo, DateTime expires)
    {
        var payload = applicationNo + "|" + expires.ToString("yyyyMMddHHmm");
        var sig = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(payload + "xyd-share")));
        return $"https://m.xinyidai.example.cn/c/{applicationNo}?e={expires:yyyyMMddHHmm}&s={sig}";
    }
}
