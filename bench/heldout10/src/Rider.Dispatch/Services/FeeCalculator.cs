namespace Rider.Dispatch.Services;

/// <summary>Rider pay per order (骑手单价): base by distance band, surcharges for weather, night, peak, floors, weight.</summary>
public static class FeeCalculator
{
    public enum Weather { Clear, Rain, HeavyRain, Snow, Typhoon }

    public sealed record FeeInput(double DistanceMeters, DateTime PickedAt, Weather Weather, int Floors, bool HasLift, double WeightKg, bool IsPeak);

    public sealed record FeeBreakdown(decimal Base, decimal Distance, decimal Weather, decimal Night, decimal Peak, decimal Floors, decimal Weight)
    {
        public decimal Total => Base + Distance + Weather + Night + Peak + Floors + Weight;
    }

    public static FeeBreakdown Compute(FeeInput i)
    {
        const decimal basePay = 4.5m;
        var km = (decimal)(i.DistanceMeters / 1000.0);
        var distance = km <= 1 ? 0m : km <= 3 ? (km - 1) * 1.0m : 2.0m + (km - 3) * 1.5m;
        var weather = i.Weather switch
        {
            Weather.Rain => 1.0m,
            Weather.HeavyRain => 2.0m,
            Weather.Snow => 2.5m,
            Weather.Typhoon => 4.0m,
            _ => 0m,
        };
        var hour = i.PickedAt.Hour;
        var night = hour >= 22 || hour < 6 ? 2.0m : 0m;
        var peak = i.IsPeak ? 1.0m : 0m;
        var floors = !i.HasLift && i.Floors > 3 ? (i.Floors - 3) * 0.5m : 0m;
        var weight = i.WeightKg > 5 ? (decimal)Math.Ceiling(i.WeightKg - 5) * 0.5m : 0m;
        return new FeeBreakdown(basePay, Math.Round(distance, 2), weather, night, peak, floors, weight);
    }

    public static decimal LatePenalty(DateTime promised, DateTime delivered, decimal fee)
    {
        var late = delivered - promised;
        if (late <= TimeSpan.FromMinutes(1)) return 0m;
        if (late <= TimeSpan.FromMinutes(10)) return Math.Round(fee * 0.2m, 2);
        if (late <= TimeSpan.FromMinutes(30)) return Math.Round(fee * 0.5m, 2);
        return fee;
    }

    public static bool IsPeak(DateTime t) =>
        t.TimeOfDay >= new TimeSpan(11, 0, 0) && t.TimeOfDay < new TimeSpan(13, 0, 0) ||
        t.TimeOfDay >= new TimeSpan(17, 0, 0) && t.TimeOfDay < new TimeSpan(19, 30, 0);
}
