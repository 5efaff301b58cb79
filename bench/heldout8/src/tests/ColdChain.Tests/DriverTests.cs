using ColdChain.Telemetry.Data;
using ColdChain.Telemetry.Telemetry;
using Xunit;

namespace ColdChain.Tests;

public class DriverTests
{
    private static Driver Sample() => new()
    {
        Id = 7,
        WorkNo = "D0007",
        XingMing = "测试司机",
        ShouJiHao = "13800138000",
        Sfzh = "110105199004112899",
        PlateNo = "浙A·12345",
        Depot = "下沙",
    };

    [Fact]
    public void ToString_contains_work_number()
    {
        Assert.Contains("D0007", Sample().ToString());
    }

    [Fact]
    public void Vaccine_band_is_2_to_8()
    {
        Assert.Equal((2, 8), ExcursionRules.Band(ExcursionRules.ProductClass.Vaccine));
    }

    [Fact]
    public void Minutes_outside_counts_gaps()
    {
        var t0 = new DateTime(2026, 7, 1, 8, 0, 0);
        var readings = new List<(DateTime, double)>
        {
            (t0, 5), (t0.AddMinutes(10), 9.5), (t0.AddMinutes(25), 7), (t0.AddMinutes(30), 6),
        };
        Assert.Equal(15, ExcursionRules.MinutesOutside(readings, 2, 8));
    }

    [Fact]
    public void Mkt_of_constant_series_is_that_temperature()
    {
        Assert.Equal(5.0, ExcursionRules.MeanKineticTemperature(new[] { 5.0, 5.0, 5.0 }), 3);
    }
}
