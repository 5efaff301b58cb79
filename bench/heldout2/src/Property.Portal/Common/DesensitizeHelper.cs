namespace Property.Portal.Common;

public static class DesensitizeHelper
{
    public static string Name(string? s) => string.IsNullOrEmpty(s) ? "" : s[..1] + "*" + (s.Length > 2 ? s[^1..] : "");
    public static string Mobile(string? s) => s is { Length: 11 } ? s[..3] + "****" + s[7..] : "***";
    public static string IdCard(string? s) => s is { Length: 18 } ? s[..6] + "********" + s[14..] : "***";
    public static string Account(string? s) => s is { Length: > 4 } ? "****" + s[^4..] : "****";
}
