namespace GroupBuy.Infrastructure;

/// <summary>脱敏工具：手机号保留前三后四，姓名只留姓，证件号留前六后四。</summary>
public static class Mask
{
    public static string Mobile(string mobile) =>
        string.IsNullOrEmpty(mobile) || mobile.Length < 7 ? "***" : mobile[..3] + "****" + mobile[^4..];

    public static string Name(string name) =>
        string.IsNullOrEmpty(name) ? "" : name[0] + new string('*', Math.Max(1, name.Length - 1));

    public static string IdCard(string id) =>
        string.IsNullOrEmpty(id) || id.Length < 10 ? "***" : id[..6] + new string('*', id.Length - 10) + id[^4..];

    public static string BankCard(string card) =>
        string.IsNullOrEmpty(card) || card.Length < 4 ? "****" : "**** " + card[^4..];
}
