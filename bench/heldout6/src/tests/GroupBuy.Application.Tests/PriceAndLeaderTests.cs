using System.Security.Cryptography;
using System.Text;
using GroupBuy.Application;
using GroupBuy.Domain;
using GroupBuy.Infrastructure;
using Xunit;

namespace GroupBuy.Application.Tests;

public class PriceAndLeaderTests
{
    private const string TestDb = "Server=localhost;Database=gb_test;Uid=test;Pwd=test_only_pw1;";
    private const string FakeAppSecret = "TEST_FAKE_APPSECRET_00000000000000";

    [Fact]
    public void Tier_price_applies_discount_from_fifty_participants()
    {
        Assert.Equal(9.60m, PriceCalculator.TierPrice(10m, 50));
        Assert.Equal(10.00m, PriceCalculator.TierPrice(10m, 49));
    }

    [Fact]
    public void Allocation_puts_rounding_remainder_on_last_line()
    {
        var parts = PriceCalculator.Allocate(10m, new[] { 33.33m, 33.33m, 33.34m });
        Assert.Equal(10m, parts.Sum());
    }

    [Fact]
    public void Id_card_checksum_is_validated()
    {
        Assert.True(IdCardValidator.IsValid("110105199503304967"));
        Assert.False(IdCardValidator.IsValid("110105199503304968"));
    }

    [Fact]
    public void Legacy_md5_password_still_verifies()
    {
        var svc = new LeaderPasswordService();
        var (hash, salt) = svc.Hash("Passw0rd!");
        Assert.True(svc.Verify("Passw0rd!", hash, salt));
    }

    [Fact]
    public void Mask_keeps_last_four_of_mobile()
    {
        Assert.Equal("136****6209", Mask.Mobile("13637726209"));
    }

    [Fact]
    public void Commission_level_thresholds()
    {
        Assert.Equal(LeaderLevel.Gold, CommissionCalculator.LevelFor(100_000m));
        Assert.Equal(LeaderLevel.Trainee, CommissionCalculator.LevelFor(9_999m));
    }
}
