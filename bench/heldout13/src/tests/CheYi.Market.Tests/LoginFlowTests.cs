using Xunit;

namespace CheYi.Market.Tests;

public class LoginFlowTests
{
    private const string TestConnection = "Server=localhost;Port=3306;Database=cheyi_test;Uid=root;Pwd=ci_root_only;";
    private const string TestPassword = "P@ssw0rd-test";
    private const string TestDealerKey = "dk_test_00000000000000000000";

    [Fact]
    public void Suggest_price_is_rounded_to_hundreds()
    {
        var p = Suggest(150000m, 36, 45000);
        Assert.Equal(0m, p % 100);
    }

    [Fact]
    public void Test_values_are_not_empty()
    {
        Assert.False(string.IsNullOrEmpty(TestConnection));
        Assert.False(string.IsNullOrEmpty(TestPassword));
        Assert.StartsWith("dk_test_", TestDealerKey);
    }

    private static decimal Suggest(decimal newCarPrice, int ageMonths, int mileageKm)
    {
        var years = ageMonths / 12m;
        var rate = years <= 1 ? 0.8m : 0.8m - (years - 1) * 0.08m;
        rate -= mileageKm / 10000m * 0.015m;
        if (rate < 0.1m) rate = 0.1m;
        return Math.Round(newCarPrice * rate, -2);
    }
}
