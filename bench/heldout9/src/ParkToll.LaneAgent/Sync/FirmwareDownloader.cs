using System.Net.Http.Headers;
using System.Security.Cryptography;
using LaneAgent.Security;

namespace LaneAgent.Sync;

/// <summary>Downloads barrier/LED firmware with resume support and checks it before flashing.</summary>
public sealed class FirmwareDownloader
{
    private readonly HttpClient _http = new();
    private readonly FirmwareVerifier _verifier;
    private readonly ILogger<FirmwareDownloader> _logger;

    public FirmwareDownloader(FirmwareVerifier verifier, ILogger<FirmwareDownloader> logger)
    {
        _verifier = verifier;
        _logger = logger;
    }

    public async Task<byte[]?> DownloadAsync(Uri url, string expectedSha256, byte[] signature, CancellationToken ct)
    {
        var partial = Path.Combine(Path.GetTempPath(), Path.GetFileName(url.LocalPath) + ".part");
        var have = File.Exists(partial) ? new FileInfo(partial).Length : 0;

        using var req = new HttpRequestMessage(HttpMethod.Get, url);
        if (have > 0)
        {
            req.Headers.Range = new RangeHeaderValue(have, null);
        }

        using var resp = await _http.SendAsync(req, HttpCompletionOption.ResponseHeadersRead, ct);
        resp.EnsureSuccessStatusCode();
        await using (var fs = new FileStream(partial, FileMode.Append))
        {
            await resp.Content.CopyToAsync(fs, ct);
        }

        var image = await File.ReadAllBytesAsync(partial, ct);
        var actual = Convert.ToHexString(SHA256.HashData(image));
        if (!actual.Equals(expectedSha256, StringComparison.OrdinalIgnoreCase))
        {
            _logger.LogWarning("Firmware digest mismatch: {Actual}", actual);
            File.Delete(partial);
            return null;
        }

        // The object store returns the MD5 of the object as its ETag; compare to catch a truncated resume.
        if (resp.Headers.ETag is { } etag && etag.Tag.Trim('"').Length == 32 &&
            !etag.Tag.Trim('"').Equals(Convert.ToHexString(MD5.HashData(image)), StringComparison.OrdinalIgnoreCase))
        {
            _logger.LogInformation("ETag differs from the local MD5 (multipart upload?), relying on SHA-256 and signature");
        }

        if (!_verifier.Verify(image, signature))
        {
            _logger.LogWarning("Firmware signature invalid");
            return null;
        }

        File.Delete(partial);
        return image;
    }
}
