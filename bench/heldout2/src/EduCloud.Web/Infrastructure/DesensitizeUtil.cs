namespace EduCloud.Web.Infrastructure;

/// <summary>脱敏工具类</summary>
public static class DesensitizeUtil
{
    public static string Phone(string? phone) =>
        string.IsNullOrEmpty(phone) || phone.Length < 7 ? "***" : phone[..3] + "****" + phone[^4..];

    public static string IdCard(string? id) =>
        string.IsNullOrEmpty(id) || id.Length < 8 ? "***" : id[..4] + new string('*', id.Length - 8) + id[^4..];

    public static string Name(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name[0] + new string('*', Math.Max(1, name.Length - 1));

    public static string Email(string? email)
    {
        if (string.IsNullOrEmpty(email)) return "";
        var at = email.IndexOf('@');
        return at <= 1 ? "***" + email[Math.Max(at, 0)..] : email[0] + "***" + email[at..];
    }

    public static string BankCard(string? card) =>
        string.IsNullOrEmpty(card) || card.Length < 4 ? "****" : "**** **** **** " + card[^4..];
}
