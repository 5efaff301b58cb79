namespace Common.Infrastructure.Masking;

/// <summary>
/// 脱敏工具：手机号、身份证、银行卡、姓名、地址
/// </summary>
public static class DesensitizeHelper
{
    public static string MaskPhone(string? phone)
    {
        if (string.IsNullOrEmpty(phone) || phone.Length < 7) return "***";
        return phone[..3] + "****" + phone[^4..];
    }

    public static string MaskIdCard(string? idCard)
    {
        if (string.IsNullOrEmpty(idCard) || idCard.Length < 10) return "******";
        return idCard[..6] + new string('*', idCard.Length - 10) + idCard[^4..];
    }

    public static string MaskBankCard(string? card)
    {
        if (string.IsNullOrEmpty(card) || card.Length < 8) return "****";
        return "**** **** **** " + card[^4..];
    }

    public static string MaskName(string? name)
    {
        if (string.IsNullOrEmpty(name)) return string.Empty;
        return name.Length switch
        {
            1 => "*",
            2 => name[0] + "*",
            _ => name[0] + new string('*', name.Length - 2) + name[^1]
        };
    }

    public static string MaskAddress(string? address)
    {
        if (string.IsNullOrEmpty(address)) return string.Empty;
        return address.Length <= 6 ? "******" : address[..6] + "******";
    }

    public static string MaskEmail(string? email)
    {
        if (string.IsNullOrEmpty(email)) return string.Empty;
        var at = email.IndexOf('@');
        return at <= 1 ? "***" + email[Math.Max(at, 0)..] : email[0] + "***" + email[at..];
    }
}

public static class MaskExtensions
{
    public static string Masked(this string? phone) => DesensitizeHelper.MaskPhone(phone);
}
