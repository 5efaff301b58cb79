namespace CreditLoan.Web.Infrastructure;

/// <summary>脱敏 helpers used before anything personal leaves the service.</summary>
public static class Masking
{
    public static string Name(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name[0] + new string('*', Math.Max(1, name.Length - 1));

    public static string Mobile(string? mobile) =>
        mobile is { Length: 11 } ? mobile[..3] + "****" + mobile[7..] : "***";

    public static string IdCard(string? id) =>
        id is { Length: 18 } ? id[..4] + "**********" + id[14..] : "***";

    public static string BankCard(string? card) =>
        card is { Length: > 8 } ? "**** " + card[^4..] : "***";

    public static string Address(string? address) =>
        string.IsNullOrEmpty(address) ? "" : (address.Length <= 6 ? address : address[..6] + "…");
}
