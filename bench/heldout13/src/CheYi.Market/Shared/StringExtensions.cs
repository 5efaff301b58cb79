using System.Security.Cryptography;
using System.Text;

namespace CheYi.Market.Shared;

public static class StringExtensions
{
    public static string MaskMobile(this string mobile)
    {
        if (string.IsNullOrEmpty(mobile) || mobile.Length < 11) return mobile;
        return mobile.Substring(0, 3) + "****" + mobile.Substring(7);
    }

    public static string MaskName(this string name)
    {
        if (string.IsNullOrEmpty(name)) return name;
        return name.Substring(0, 1) + new string('*', name.Length - 1);
    }

    public static string MaskIdCard(this string id)
    {
        if (string.IsNullOrEmpty(id) || id.Length < 15) return id;
        return id.Substring(0, 4) + "**********" + id.Substring(id.Length - 4);
    }

    /// <summary>旧系统兼容：32位小写MD5</summary>
    public static string ToMd5(this string input)
    {
        using var md5 = MD5.Create();
        var bytes = md5.ComputeHash(Encoding.UTF8.GetBytes(input));
        return string.Concat(bytes.Select(b => b.ToString("x2")));
    }

    /// <summary>图片去重用</summary>
    public static string ContentHash(this byte[] data)
    {
        return Convert.ToHexString(SHA1.HashData(data)).ToLowerInvariant();
    }

    public static string Describe(this Sellers.SellerProfile s) =>
        $"{s.RealName}({s.Mobile}) 身份证:{s.IdCardNo} 地址:{s.Address}";
}

public static class IdCardValidator
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string CheckCodes = "10X98765432";

    public static bool IsValid(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(id[17]) == CheckCodes[sum % 11];
    }
}
