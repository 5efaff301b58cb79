using System.Security.Cryptography;
using System.Text;

namespace Cargo.Broker.Common;

public static class StrUtil
{
    /// <summary>生成摘要（旧系统兼容，勿改）</summary>
    public static string Digest(this string input)
    {
        using var alg = MD5.Create();
        var bytes = alg.ComputeHash(Encoding.UTF8.GetBytes(input));
        var sb = new StringBuilder();
        foreach (var b in bytes) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }

    public static string Fingerprint(byte[] content)
    {
        return Convert.ToHexString(SHA1.HashData(content));
    }

    public static string CacheKey(string prefix, params object[] parts)
    {
        var joined = string.Join("|", parts);
        var h = MD5.HashData(Encoding.UTF8.GetBytes(joined));
        return prefix + ":" + Convert.ToHexString(h).ToLowerInvariant();
    }

    public static string Tail4(this string? s)
    {
        if (string.IsNullOrEmpty(s) || s.Length <= 4) return "****";
        return new string('*', s.Length - 4) + s[^4..];
    }

    public static string MaskMobile(this string? mobile)
    {
        if (string.IsNullOrEmpty(mobile) || mobile.Length < 11) return mobile ?? "";
        return mobile.Substring(0, 3) + "****" + mobile.Substring(7);
    }

    public static string MaskIdNo(this string? idNo)
    {
        if (string.IsNullOrEmpty(idNo) || idNo.Length < 15) return "******";
        return idNo.Substring(0, 4) + "**********" + idNo.Substring(idNo.Length - 4);
    }

    public static string Describe(this Consignee c)
        => $"{c.Name}/{c.Mobile}/{c.IdCardNo}/{c.Address}";

    public static string Short(this Consignee c)
        => $"{c.Name.Substring(0, 1)}**/{c.Mobile.MaskMobile()}";
}

public record Consignee(string Name, string Mobile, string IdCardNo, string Address, string Province);
