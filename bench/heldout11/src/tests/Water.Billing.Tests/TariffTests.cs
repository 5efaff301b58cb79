using System.Security.Cryptography;
using System.Text;
using Water.Billing.Security;
using Water.Billing.Services;
using Water.Billing.Tariff;
using Xunit;

namespace Water.Billing.Tests;

public class TariffTests
{
    [Fact]
    public void First_tier_only()
    {
        var (amount, detail) = TieredTariff.Price(1, 0m, 10m, 3);
        Assert.Equal(10m * 2.90m + 10m * 1.15m, amount);
        Assert.Equal("10×2.90", detail);
    }

    [Fact]
    public void Crosses_into_second_tier()
    {
        var (amount, _) = TieredTariff.Price(1, 210m, 10m, 3);
        Assert.Equal(6m * 2.90m + 4m * 3.85m + 10m * 1.15m, amount);
    }

    [Fact]
    public void Large_household_widens_tiers()
    {
        var (a4, _) = TieredTariff.Price(2, 390m, 20m, 4);
        var (a6, _) = TieredTariff.Price(2, 390m, 20m, 6);
        Assert.True(a6 < a4);
    }

    [Fact]
    public void Late_fee_is_capped()
    {
        Assert.Equal(30m, TieredTariff.LateFee(100m, new DateTime(2024, 1, 1), new DateTime(2026, 1, 1)));
        Assert.Equal(0m, TieredTariff.LateFee(100m, new DateTime(2024, 1, 1), new DateTime(2024, 1, 1)));
    }

    [Fact]
    public void Meter_rollover()
    {
        Assert.Equal(1.5m, MeterGrpcService.Usage(99998.5m, 0.001m));
    }

    [Fact]
    public void Pin_hash_is_deterministic()
    {
        Assert.Equal(CashierPinService.HashPin("C001", "123456"), CashierPinService.HashPin("C001", "123456"));
    }

    [Fact]
    public void Portal_hasher_round_trip()
    {
        var stored = PortalPasswordHasher.Hash("correct horse battery staple");
        Assert.True(PortalPasswordHasher.Verify("correct horse battery staple", stored));
        Assert.False(PortalPasswordHasher.Verify("wrong", stored));
    }

    [Fact]
    public void Legacy_md5_fixture()
    {
        var legacy = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes("portal-2015"))).ToLowerInvariant();
        Assert.Equal(32, legacy.Length);
    }

    [Fact]
    public void Masks()
    {
        Assert.Equal("139****0000", Masking.Mobile("13900000000"));
        Assert.Equal("510104********9007", Masking.IdCard("510104197801239007"));
        Assert.Equal("6217 **** **** 7612", Masking.BankCard("6217007621516027612"));
    }
}
