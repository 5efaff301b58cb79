namespace RxPharmacy.Api.Utils;

/// <summary>Display masks required by the platform's privacy rules (手机号中间四位、身份证中间十位).</summary>
public static class Masking
{
    public static string Mobile(string? mobile) =>
        string.IsNullOrEmpty(mobile) || mobile.Length < 7 ? "***" : mobile[..3] + "****" + mobile[^4..];

    public static string IdCard(string? id) =>
        string.IsNullOrEmpty(id) || id.Length < 8 ? "***" : id[..4] + new string('*', id.Length - 8) + id[^4..];

    public static string Name(string? name) =>
        string.IsNullOrEmpty(name) ? "" : name[..1] + new string('*', Math.Max(1, name.Length - 1));

    public static string Address(string? address) =>
        string.IsNullOrEmpty(address) || address.Length <= 6 ? "***" : address[..6] + "****";
}
