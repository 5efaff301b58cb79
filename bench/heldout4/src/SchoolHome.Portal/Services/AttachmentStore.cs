using System.Security.Cryptography;

namespace SchoolHome.Portal.Services;

/// <summary>Homework attachments (photos of worksheets) on local disk, content-addressed.</summary>
public sealed class AttachmentStore
{
    private readonly string _root;

    public AttachmentStore(IConfiguration config) => _root = config["Attachments:Root"] ?? "/data/attachments";

    public async Task<string> SaveAsync(Stream content, string extension)
    {
        using var ms = new MemoryStream();
        await content.CopyToAsync(ms);
        var bytes = ms.ToArray();
        var name = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant() + extension;
        var path = Path.Combine(_root, name[..2], name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (!File.Exists(path))
            await File.WriteAllBytesAsync(path, bytes);
        return name;
    }

    public static string ETag(byte[] bytes) => "\"" + Convert.ToHexString(MD5.HashData(bytes)) + "\"";

    public static string ThumbnailName(string original, int width) =>
        Convert.ToHexString(SHA1.HashData(System.Text.Encoding.UTF8.GetBytes(original + ":" + width)))[..20] + ".webp";
}
