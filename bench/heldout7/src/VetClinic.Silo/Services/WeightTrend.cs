namespace VetClinic.Services;

public static class WeightTrend
{
    public static double PercentChange(decimal previous, decimal current) =>
        previous <= 0 ? 0 : (double)((current - previous) / previous * 100m);

    /// <summary>Body condition score hint from weight vs breed reference (1 = very thin ... 9 = obese).</summary>
    public static int BodyConditionHint(decimal weightKg, decimal breedReferenceKg)
    {
        if (breedReferenceKg <= 0) return 5;
        var ratio = weightKg / breedReferenceKg;
        return ratio switch
        {
            < 0.7m => 1,
            < 0.8m => 2,
            < 0.9m => 3,
            < 0.95m => 4,
            <= 1.05m => 5,
            <= 1.15m => 6,
            <= 1.25m => 7,
            <= 1.4m => 8,
            _ => 9,
        };
    }
}

/// <summary>Dose per kg for the drugs the clinic dispenses most; the table comes from the pharmacy committee.</summary>
public static class DosageCalculator
{
    private static readonly Dictionary<string, (decimal MgPerKg, decimal MaxMg, string Unit)> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["amoxicillin"] = (12.5m, 500m, "mg"),
        ["meloxicam"] = (0.1m, 7.5m, "mg"),
        ["maropitant"] = (1m, 60m, "mg"),
        ["prednisolone"] = (0.5m, 40m, "mg"),
        ["metronidazole"] = (10m, 500m, "mg"),
        ["gabapentin"] = (5m, 300m, "mg"),
    };

    public static (decimal Dose, string Unit) Dose(string drug, decimal weightKg, string species)
    {
        if (!Table.TryGetValue(drug, out var row))
        {
            throw new ArgumentException($"Unknown drug '{drug}'", nameof(drug));
        }
        var factor = species.Equals("cat", StringComparison.OrdinalIgnoreCase) && drug.Equals("meloxicam", StringComparison.OrdinalIgnoreCase) ? 0.5m : 1m;
        var dose = Math.Min(row.MgPerKg * weightKg * factor, row.MaxMg);
        return (Math.Round(dose, 2), row.Unit);
    }
}

public static class VaccinationSchedule
{
    public sealed record Due(string Vaccine, DateOnly On);

    public static IEnumerable<Due> For(string species, DateOnly birth, IReadOnlyDictionary<string, DateOnly> lastGiven)
    {
        var core = species.ToLowerInvariant() switch
        {
            "dog" => new[] { ("DHPP", 365), ("Rabies", 365 * 3), ("Leptospirosis", 365) },
            "cat" => new[] { ("FVRCP", 365 * 3), ("Rabies", 365) },
            "rabbit" => new[] { ("RHDV2", 365), ("Myxomatosis", 365) },
            _ => Array.Empty<(string, int)>(),
        };
        foreach (var (vaccine, interval) in core)
        {
            var next = lastGiven.TryGetValue(vaccine, out var last) ? last.AddDays(interval) : birth.AddDays(8 * 7);
            yield return new Due(vaccine, next);
        }
    }
}
