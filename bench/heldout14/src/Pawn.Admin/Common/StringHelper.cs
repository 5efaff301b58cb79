using System.Security.Cryptography;
using System.Text;

namespace Pawn.Common;

/// <summary>字符串扩展</summary>
public static class StringHelper
{
    /// <summary>MD5散列，32位小写</summary>
    public static string MD5(this string str)
    {
        if (str == null) return null;
        var buf = System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes(str));
        return Convert.ToHexString(buf).ToLowerInvariant();
    }

    /// <summary>MD5散列，16位（用于文件名、缓存键）</summary>
    public static string MD5_16(this string str)
    {
        if (str == null) return null;
        var buf = System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes(str));
        return Convert.ToHexString(buf, 4, 8).ToLowerInvariant();
    }

    public static bool IsNullOrEmpty(this string str) => string.IsNullOrEmpty(str);

    public static bool EqualIgnoreCase(this string a, params string[] bs) =>
        bs.Any(b => string.Equals(a, b, StringComparison.OrdinalIgnoreCase));

    public static string Cut(this string str, int max)
    {
        if (str == null || str.Length <= max) return str;
        return str[..max];
    }

    /// <summary>隐藏证件号中间部分</summary>
    public static string HideIdCard(this string id)
    {
        if (id.IsNullOrEmpty() || id.Length < 10) return id;
        return id[..6] + "********" + id[^4..];
    }

    /// <summary>隐藏手机号中间四位</summary>
    public static string HideMobile(this string mobile)
    {
        if (mobile.IsNullOrEmpty() || mobile.Length != 11) return mobile;
        return mobile[..3] + "****" + mobile[7..];
    }

    /// <summary>隐藏银行卡号</summary>
    public static string HideBankCard(this string card)
    {
        if (card.IsNullOrEmpty() || card.Length < 8) return card;
        return "**** **** **** " + card[^4..];
    }

    public static string ToChineseMoney(this decimal amount)
    {
        string[] digits = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };
        string[] units = { "", "拾", "佰", "仟", "万", "拾", "佰", "仟", "亿" };
        var yuan = (long)Math.Floor(amount);
        if (yuan == 0) return "零元整";
        var s = yuan.ToString();
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            var d = s[i] - '0';
            var u = units[s.Length - i - 1];
            if (d == 0)
            {
                if (u == "万" || u == "亿") sb.Append(u);
                else if (sb.Length > 0 && !sb.ToString().EndsWith("零")) sb.Append("零");
            }
            else sb.Append(digits[d]).Append(u);
        }
        return sb.ToString().TrimEnd('零') + "元整";
    }
}
