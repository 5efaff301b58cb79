namespace RxPharmacy.Api.Utils;

/// <summary>GB 11643 resident ID number: format, checksum, birth date and gender.</summary>
public static class IdCard
{
    private static readonly int[] Weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private const string CheckChars = "10X98765432";

    public static bool IsValid(string? id)
    {
        if (id is null || id.Length != 18)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            if (!char.IsDigit(id[i]))
            {
                return false;
            }

            sum += (id[i] - '0') * Weights[i];
        }

        return char.ToUpperInvariant(id[17]) == CheckChars[sum % 11];
    }

    public static DateOnly BirthDate(string id) =>
        new(int.Parse(id.Substring(6, 4)), int.Parse(id.Substring(10, 2)), int.Parse(id.Substring(12, 2)));

    public static string Gender(string id) => (id[16] - '0') % 2 == 1 ? "M" : "F";

    public static int AgeOn(string id, DateOnly day)
    {
        var birth = BirthDate(id);
        var age = day.Year - birth.Year;
        return birth.AddYears(age) > day ? age - 1 : age;
    }
}
