namespace Cargo.Broker.Integrations;

/// <summary>跨境电商综合税：关税 0，增值税和消费税按法定应纳税额 70% 征收</summary>
public class DutyCalculator
{
    private static readonly Dictionary<string, (decimal vat, decimal consumption)> Rates = new()
    {
        ["3304"] = (0.13m, 0.15m),
        ["3303"] = (0.13m, 0.15m),
        ["9101"] = (0.13m, 0.20m),
        ["6403"] = (0.13m, 0m),
        ["1901"] = (0.09m, 0m),
        ["2106"] = (0.13m, 0m),
    };

    public decimal ComprehensiveTax(string hsCode, decimal dutiableValue, decimal freight, decimal insurance)
    {
        var prefix = hsCode.Length >= 4 ? hsCode[..4] : hsCode;
        var (vat, consumption) = Rates.TryGetValue(prefix, out var r) ? r : (0.13m, 0m);
        var cif = dutiableValue + freight + insurance;
        decimal consumptionTax = consumption == 0 ? 0 : cif / (1 - consumption) * consumption;
        decimal vatTax = (cif + consumptionTax) * vat;
        return Math.Round((consumptionTax + vatTax) * 0.7m, 2, MidpointRounding.AwayFromZero);
    }

    public decimal Demurrage(int daysOver, string containerType)
    {
        if (daysOver <= 0) return 0;
        var perDay = containerType switch
        {
            "20GP" => 150m,
            "40GP" or "40HQ" => 300m,
            "40RF" => 600m,
            _ => 200m
        };
        var tier1 = Math.Min(daysOver, 7) * perDay;
        var tier2 = Math.Max(0, daysOver - 7) * perDay * 2;
        return tier1 + tier2;
    }

    public decimal ChargeableWeight(decimal grossKg, decimal cbm, string mode)
        => mode == "AIR" ? Math.Max(grossKg, cbm * 167m) : Math.Max(grossKg / 1000m, cbm);
}
