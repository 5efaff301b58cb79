namespace ColdChain.Telemetry.Telemetry;

/// <summary>Temperature excursion rules for a shipment's product class (GSP cold-chain).</summary>
public static class ExcursionRules
{
    public enum ProductClass
    {
        Frozen,
        Chilled,
        Vaccine,
        Pharma15To25,
    }

    public static (double Min, double Max) Band(ProductClass c) => c switch
    {
        ProductClass.Frozen => (-30, -18),
        ProductClass.Chilled => (0, 4),
        ProductClass.Vaccine => (2, 8),
        ProductClass.Pharma15To25 => (15, 25),
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    /// <summary>Minutes outside the band, counting a reading as covering the gap to the next one.</summary>
    public static double MinutesOutside(IReadOnlyList<(DateTime At, double TempC)> readings, double min, double max)
    {
        double minutes = 0;
        for (var i = 0; i < readings.Count - 1; i++)
        {
            var (at, t) = readings[i];
            if (t < min || t > max)
            {
                minutes += (readings[i + 1].At - at).TotalMinutes;
            }
        }

        return minutes;
    }

    /// <summary>Mean kinetic temperature (ICH Q1A), used on the excursion report.</summary>
    public static double MeanKineticTemperature(IEnumerable<double> tempsC)
    {
        const double deltaHOverR = 83.144 / 0.0083144;
        var list = tempsC.ToList();
        if (list.Count == 0)
        {
            return double.NaN;
        }

        var sum = list.Sum(t => Math.Exp(-deltaHOverR / (t + 273.15)));
        return deltaHOverR / -Math.Log(sum / list.Count) - 273.15;
    }

    public static bool IsSevere(double minutesOutside, ProductClass c) => c switch
    {
        ProductClass.Vaccine => minutesOutside >= 15,
        ProductClass.Frozen => minutesOutside >= 60,
        _ => minutesOutside >= 30,
    };
}
