using System.Net.Http.Json;
using System.Security.Cryptography;
using NLog;

namespace DentalDesk.Services;

public record UpdateManifest(string Version, string Url, string Sha256, string Notes);

/// <summary>启动时检查新版本，下载后校验 SHA-256 再安装。</summary>
public class UpdateChecker
{
    private static readonly Logger Log = LogManager.GetCurrentClassLogger();
    private readonly HttpClient _http;

    public UpdateChecker(HttpClient http) => _http = http;

    public async Task<string> DownloadIfNewerAsync(Version current)
    {
        var manifest = await _http.GetFromJsonAsync<UpdateManifest>("https://update.smile-dental.cn/desk/latest.json");
        if (manifest == null || new Version(manifest.Version) <= current) return null;
        var bytes = await _http.GetByteArrayAsync(manifest.Url);
        var actual = Convert.ToHexString(SHA256.HashData(bytes));
        if (!actual.Equals(manifest.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            Log.Error("Update {0} checksum mismatch", manifest.Version);
            return null;
        }
        var path = Path.Combine(Path.GetTempPath(), $"DentalDesk-{manifest.Version}.msi");
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    /// <summary>老版本的更新服务器只给 MD5，仅用来判断下载是否完整（传输走 HTTPS）。</summary>
    public static bool LegacyChunkComplete(byte[] chunk, string md5) =>
        Convert.ToHexString(MD5.HashData(chunk)).Equals(md5, StringComparison.OrdinalIgnoreCase);
}
