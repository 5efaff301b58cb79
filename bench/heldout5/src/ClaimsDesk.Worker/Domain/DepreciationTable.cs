namespace ClaimsDesk.Worker.Domain;

/// <summary>
/// Monthly depreciation rates for vehicle total-loss and theft claims (车损险折旧率), by vehicle class,
/// as filed with the regulator in the 2020 comprehensive reform clauses.
/// </summary>
public static class DepreciationTable
{
    private static readonly IReadOnlyDictionary<string, decimal> MonthlyRate = new Dictionary<string, decimal>
    {
        ["private-car"] = 0.006m,
        ["taxi"] = 0.011m,
        ["rental"] = 0.011m,
        ["truck-light"] = 0.009m,
        ["truck-heavy"] = 0.009m,
        ["motorcycle"] = 0.011m,
    };

    public const decimal MaxDepreciationShare = 0.80m;

    public static decimal ActualValue(string vehicleClass, decimal newPrice, DateOnly firstRegistered, DateOnly lossDate)
    {
        if (!MonthlyRate.TryGetValue(vehicleClass, out var rate))
        {
            throw new ArgumentException($"Unknown vehicle class '{vehicleClass}'", nameof(vehicleClass));
        }

        var months = (lossDate.Year - firstRegistered.Year) * 12 + lossDate.Month - firstRegistered.Month;
        if (lossDate.Day < firstRegistered.Day)
        {
            months--;
        }

        var share = Math.Min(MaxDepreciationShare, Math.Max(0, months) * rate);
        return Math.Round(newPrice * (1 - share), 2);
    }
}
