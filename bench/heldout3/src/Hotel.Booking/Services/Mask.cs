namespace Hotel.Booking.Services;

/// <summary>脱敏工具：姓名留姓，手机 3+4，证件号首尾各留 2 位。</summary>
public static class Mask
{
    public static string Name(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name[0] + new string('*', Math.Max(1, name.Length - 1));

    public static string Phone(string? phone) =>
        phone is { Length: 11 } ? phone[..3] + "****" + phone[7..] : "***";

    public static string Document(string? no) =>
        no is { Length: > 4 } ? no[..2] + new string('*', no.Length - 4) + no[^2..] : "****";

    public static string Email(string? email)
    {
        if (string.IsNullOrEmpty(email)) return "";
        var at = email.IndexOf('@');
        return at <= 1 ? "***" + email[at..] : email[0] + "***" + email[at..];
    }
}
