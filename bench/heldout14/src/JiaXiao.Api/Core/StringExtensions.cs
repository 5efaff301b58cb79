using System.Text.RegularExpressions;

namespace JiaXiao.Api.Core;

public static class StringExtensions
{
    public static string MaskPhone(this string phone)
    {
        if (string.IsNullOrWhiteSpace(phone) || phone.Length < 11) return phone;
        return phone[..3] + "****" + phone[^4..];
    }

    public static string MaskIdCard(this string idCard)
    {
        if (string.IsNullOrWhiteSpace(idCard) || idCard.Length < 15) return idCard;
        return idCard[..4] + new string('*', idCard.Length - 8) + idCard[^4..];
    }

    public static string MaskName(this string name)
    {
        if (string.IsNullOrEmpty(name)) return name;
        return name.Length <= 1 ? "*" : name[0] + new string('*', name.Length - 1);
    }

    /// <summary>学员一句话描述，打日志、发群消息用</summary>
    public static string Describe(this Entities.Trainee t)
        => $"{t.RealName}({t.Phone}) 身份证:{t.IdCard} 车型:{t.LicenseType}";

    public static bool IsMobile(this string s) => !string.IsNullOrEmpty(s) && Regex.IsMatch(s, @"^1[3-9]\d{9}$");

    public static bool IsIdCard(this string s)
    {
        if (string.IsNullOrEmpty(s) || s.Length != 18) return false;
        int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        const string check = "10X98765432";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(s[i])) return false;
            sum += (s[i] - '0') * w[i];
        }
        return char.ToUpperInvariant(s[17]) == check[sum % 11];
    }

    public static int AgeFromIdCard(this string idCard)
    {
        if (!idCard.IsIdCard()) return 0;
        var birth = DateTime.ParseExact(idCard.Substring(6, 8), "yyyyMMdd", null);
        var age = DateTime.Today.Year - birth.Year;
        if (birth > DateTime.Today.AddYears(-age)) age--;
        return age;
    }
}
