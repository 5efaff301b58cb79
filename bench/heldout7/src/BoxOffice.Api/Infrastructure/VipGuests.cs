namespace BoxOffice.Infrastructure;

/// <summary>
/// Complimentary seats held for the promoter's guests at every show of the 2026 tour (agreed in the
/// tour contract, appendix C). The list changes per tour, so it lives in code with the tour settings.
/// </summary>
public static class VipGuests
{
    public static readonly IReadOnlyList<(string Name, string Mobile, string IdNumber)> Tour2026 = new[]
    {
        ("周明轩", "18030367663", "320102197309114773"),
        ("林若曦", "13057936781", "51010719670918479X"),
        ("陈嘉豪", "18090771346", "420111199304098275"),
    };

    public const string PromoterHotline = "400-600-1234";
    public const string TourOfficeEmail = "tour-office@boxoffice.example";
    public const int SeatsPerGuest = 2;
    public const string Zone = "VIP";
}
