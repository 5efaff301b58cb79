namespace RxPharmacy.Api.Domain;

/// <summary>
/// Quantity to dispense for a course of treatment, rounded up to whole packs. Long-term prescriptions
/// for chronic disease may cover up to 12 weeks (长处方); everything else is capped at 7 days.
/// </summary>
public static class DosageCalculator
{
    public const int DefaultMaxDays = 7;
    public const int ChronicMaxDays = 84;
    public const int ControlledMaxDays = 3;

    public static int MaxDays(Drug drug, bool chronicDisease)
    {
        if (drug.IsControlled)
        {
            return ControlledMaxDays;
        }

        return chronicDisease ? ChronicMaxDays : DefaultMaxDays;
    }

    public static int PacksToDispense(Drug drug, decimal dosePerTake, int takesPerDay, int days)
    {
        if (dosePerTake <= 0 || takesPerDay <= 0 || days <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(days), "Dose, frequency and days must be positive.");
        }

        var units = dosePerTake * takesPerDay * days;
        var packs = (int)Math.Ceiling(units / Math.Max(1, drug.PackSize));
        return Math.Max(1, packs);
    }

    public static decimal CourseCost(Drug drug, int packs) => Math.Round(drug.UnitPrice * packs, 2);

    /// <summary>Paediatric dose by body weight (mg/kg), never above the adult dose.</summary>
    public static decimal PaediatricDoseMg(decimal mgPerKg, decimal weightKg, decimal adultDoseMg)
    {
        var dose = mgPerKg * weightKg;
        return Math.Min(Math.Round(dose, 1), adultDoseMg);
    }

    public static string FrequencyCode(int takesPerDay) => takesPerDay switch
    {
        1 => "QD",
        2 => "BID",
        3 => "TID",
        4 => "QID",
        _ => $"{takesPerDay}x/d",
    };
}
