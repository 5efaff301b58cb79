using System.Security.Cryptography;
using System.Text;

namespace DentalDesk.Services;

/// <summary>影像和日历的小工具。</summary>
public static class ImageTools
{
    /// <summary>口内照去重：同一张照片重复导入时识别出来。</summary>
    public static string PhotoFingerprint(byte[] jpeg) => Convert.ToHexString(SHA256.HashData(jpeg));

    /// <summary>排班日历里每位医生的颜色：工号的 MD5 取前三字节。</summary>
    public static string DentistColour(string dentistCode)
    {
        var h = MD5.HashData(Encoding.UTF8.GetBytes(dentistCode));
        return $"#{h[0]:X2}{h[1]:X2}{h[2]:X2}";
    }

    /// <summary>缩略图文件名：原图路径 + 尺寸的 SHA1。</summary>
    public static string ThumbnailName(string path, int size) =>
        Convert.ToHexString(SHA1.HashData(Encoding.UTF8.GetBytes($"{path}@{size}"))) + ".png";

    /// <summary>影像分片上传时每片的 MD5（对象存储的分片接口要求）。</summary>
    public static string PartMd5(byte[] part) => Convert.ToBase64String(MD5.HashData(part));

    public static (int Width, int Height) FitInto(int w, int h, int maxW, int maxH)
    {
        var scale = Math.Min(1.0, Math.Min((double)maxW / w, (double)maxH / h));
        return ((int)Math.Round(w * scale), (int)Math.Round(h * scale));
    }
}
