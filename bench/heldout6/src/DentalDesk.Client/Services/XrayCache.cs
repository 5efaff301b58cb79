using System.Security.Cryptography;

namespace DentalDesk.Services;

/// <summary>X 光片本地缓存：按 URL 的 MD5 做文件名，避免同一张片子重复下载。</summary>
public class XrayCache
{
    private readonly HttpClient _http;
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "dentaldesk-xray");

    public XrayCache(HttpClient http) => _http = http;

    public async Task<string> GetLocalPathAsync(string url)
    {
        Directory.CreateDirectory(_dir);
        var name = Convert.ToHexString(MD5.HashData(System.Text.Encoding.UTF8.GetBytes(url))) + ".dcm";
        var path = Path.Combine(_dir, name);
        if (File.Exists(path)) return path;
        var bytes = await _http.GetByteArrayAsync(url);
        await File.WriteAllBytesAsync(path, bytes);
        return path;
    }

    public void Trim(long maxBytes = 2L * 1024 * 1024 * 1024)
    {
        var files = new DirectoryInfo(_dir).GetFiles("*.dcm").OrderBy(f => f.LastAccessTimeUtc).ToList();
        var total = files.Sum(f => f.Length);
        foreach (var f in files)
        {
            if (total <= maxBytes) break;
            total -= f.Length;
            f.Delete();
        }
    }
}
