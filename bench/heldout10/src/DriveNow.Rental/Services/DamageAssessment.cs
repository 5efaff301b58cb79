namespace DriveNow.Rental.Services;

/// <summary>Turns the return inspection checklist into a charge (table from the 2023 franchise handbook).</summary>
public static class DamageAssessment
{
    public enum Part { FrontBumper, RearBumper, Door, Hood, Windshield, Mirror, Wheel, Interior }
    public enum Severity { Scratch, Dent, Crack, Broken }

    private static readonly Dictionary<(Part, Severity), decimal> Table = new()
    {
        [(Part.FrontBumper, Severity.Scratch)] = 300m,
        [(Part.FrontBumper, Severity.Dent)] = 800m,
        [(Part.FrontBumper, Severity.Broken)] = 2500m,
        [(Part.RearBumper, Severity.Scratch)] = 300m,
        [(Part.RearBumper, Severity.Dent)] = 800m,
        [(Part.Door, Severity.Scratch)] = 400m,
        [(Part.Door, Severity.Dent)] = 1200m,
        [(Part.Hood, Severity.Dent)] = 1500m,
        [(Part.Windshield, Severity.Crack)] = 1800m,
        [(Part.Mirror, Severity.Broken)] = 900m,
        [(Part.Wheel, Severity.Scratch)] = 200m,
        [(Part.Interior, Severity.Broken)] = 600m,
    };

    public static decimal Charge(IEnumerable<(Part Part, Severity Severity)> items, bool hasFullCover, decimal excess = 1500m)
    {
        var total = items.Sum(i => Table.TryGetValue(i, out var c) ? c : 500m);
        if (hasFullCover) return 0m;
        return Math.Min(total, excess * 3);
    }

    public static decimal DowntimeCompensation(decimal dailyRate, int repairDays) =>
        repairDays <= 0 ? 0m : Math.Round(dailyRate * 0.5m * Math.Min(repairDays, 15), 2);
}
