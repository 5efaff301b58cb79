namespace SimOps.Admin.Util;

/// <summary>脱敏：号码 3+4，姓名留姓，证件号前 3 后 4。</summary>
public static class DesensitizeUtil
{
    public static string Phone(string? s) => s is { Length: 11 } ? s[..3] + "****" + s[7..] : "***";
    public static string Name(string? s) => string.IsNullOrEmpty(s) ? "" : s[..1] + "**";
    public static string IdCard(string? s) => s is { Length: 18 } ? s[..3] + "***********" + s[14..] : "***";
}
