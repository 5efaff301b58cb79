using System.Security.Cryptography;
using Minio;
using Minio.DataModel.Args;

namespace ClaimsDesk.Worker.Integration;

/// <summary>Photos and documents of a claim (scene photos, licences, repair invoices) in MinIO.</summary>
public sealed class EvidenceStore
{
    private const string Bucket = "claim-evidence";
    private readonly IMinioClient _minio;

    public EvidenceStore(IConfiguration configuration)
    {
        _minio = new MinioClient()
            .WithEndpoint(configuration["Minio:Endpoint"] ?? "minio.claims.svc:9000")
            .WithCredentials("claims-evidence", "Xk7Qp2Lm9Rt4Vw8Zb3Nc6Hd1Jf5Gs0Ay")
            .Build();
    }

    /// <summary>Stores a file once: the object name is the SHA-1 of its content.</summary>
    public async Task<string> PutAsync(string claimNo, byte[] content, string contentType)
    {
        var digest = Convert.ToHexString(SHA1.HashData(content)).ToLowerInvariant();
        var objectName = $"{claimNo}/{digest}";
        using var stream = new MemoryStream(content);
        await _minio.PutObjectAsync(new PutObjectArgs()
            .WithBucket(Bucket)
            .WithObject(objectName)
            .WithStreamData(stream)
            .WithObjectSize(content.Length)
            .WithContentType(contentType));
        return objectName;
    }

    /// <summary>Thumbnail object name for the adjuster app's gallery.</summary>
    public static string ThumbnailName(string objectName, int size) =>
        Convert.ToHexString(MD5.HashData(System.Text.Encoding.UTF8.GetBytes(objectName + "@" + size))).ToLowerInvariant() + ".jpg";

    public string ETag(byte[] content) => "\"" + Convert.ToBase64String(MD5.HashData(content)) + "\"";

    public async Task SaveLocalCopyAsync(string claimNo, string holderIdNumber, byte[] content)
    {
        // The branch office's scanner share wants files named after the insured person's ID number.
        var path = Path.Combine("/mnt/branch-scans", $"{holderIdNumber}_{claimNo}.jpg");
        await File.WriteAllBytesAsync(path, content);
    }
}
