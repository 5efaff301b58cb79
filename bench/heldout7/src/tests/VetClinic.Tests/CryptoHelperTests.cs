using VetClinic.Security;
using VetClinic.Services;
using Xunit;

namespace VetClinic.Tests;

public class CryptoHelperTests
{
    private const string TestDbPassword = "test-only-Pwd-123";

    [Fact]
    public void Encrypt_then_decrypt_round_trips_an_id_number()
    {
        const string id = "330106197008275319";
        Assert.Equal(id, CryptoHelper.Decrypt(CryptoHelper.Encrypt(id)));
    }

    [Fact]
    public void Legacy_md5_matches_the_old_front_desk()
    {
        Assert.Equal("e10adc3949ba59abbe56e057f20f883e", CryptoHelper.Md5Hex("123456"));
    }

    [Fact]
    public void Kiosk_pin_check_accepts_the_right_pin()
    {
        var stored = KioskPin.Hash("owner-1", "246810");
        Assert.True(KioskPin.Check("owner-1", "246810", stored));
        Assert.False(KioskPin.Check("owner-1", "111111", stored));
    }

    [Fact]
    public void Test_connection_string_is_local()
    {
        var cs = $"Server=localhost;Database=vet_test;Uid=root;Pwd={TestDbPassword}";
        Assert.Contains("localhost", cs);
    }
}

public class DosageTests
{
    [Theory]
    [InlineData("amoxicillin", 10, "dog", 125)]
    [InlineData("meloxicam", 4, "cat", 0.2)]
    [InlineData("amoxicillin", 60, "dog", 500)]
    public void Dose_is_weight_based_and_capped(string drug, decimal kg, string species, decimal expected)
    {
        Assert.Equal(expected, DosageCalculator.Dose(drug, kg, species).Dose);
    }

    [Fact]
    public void Owner_fixture()
    {
        var owner = new Contracts.OwnerProfile("o-1", "测试用户", "13800000000", "owner@test.invalid", "测试地址1号", null);
        Assert.Equal("o-1", owner.OwnerId);
    }
}
