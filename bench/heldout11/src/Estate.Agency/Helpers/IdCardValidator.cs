namespace Estate.Agency.Helpers;

/// <summary>GB 11643 check digit; also derives birthday and gender for the customer form.</summary>
public static class IdCardValidator
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string CheckCodes = "10X98765432";

    public static bool IsValid(string id)
    {
        if (id.Length != 18) return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i])) return false;
            sum += (id[i] - '0') * Weights[i];
        }
        return char.ToUpperInvariant(id[17]) == CheckCodes[sum % 11];
    }

    public static DateTime? Birthday(string id)
        => id.Length == 18 && DateTime.TryParseExact(id.Substring(6, 8), "yyyyMMdd", null, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    public static string Gender(string id) => id.Length == 18 && (id[16] - '0') % 2 == 1 ? "男" : "女";
}
