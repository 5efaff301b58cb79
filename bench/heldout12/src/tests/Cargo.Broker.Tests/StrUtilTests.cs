using Cargo.Broker.Common;
using Cargo.Broker.Controllers;
using Cargo.Broker.Integrations;
using Xunit;

namespace Cargo.Broker.Tests;

public class StrUtilTests
{
    [Fact]
    public void DigestIsStableForKnownInput()
    {
        Assert.Equal("e10adc3949ba59abbe56e057f20f883e", "123456".Digest());
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("1381234", "1381234")]
    public void MaskMobile(string input, string expected) => Assert.Equal(expected, input.MaskMobile());

    [Theory]
    [InlineData("110105199005116437", true)]
    [InlineData("110105199005116438", false)]
    [InlineData("", false)]
    public void IdCardCheckDigit(string id, bool ok) => Assert.Equal(ok, IdCard.IsValid(id));

    [Fact]
    public void MaskIdNo() => Assert.Equal("1101**********6437", "110105199005116437".MaskIdNo());

    [Fact]
    public void Kuaidi100SignMatchesDocExample()
    {
        var sign = SignHelper.Kuaidi100Sign("{\"com\":\"yuantong\",\"num\":\"YT0000000000\"}", "testkey", "TESTCUSTOMER");
        Assert.Equal(32, sign.Length);
    }

    [Fact]
    public void CallbackVerification()
    {
        Assert.False(SignHelper.VerifyCallback("{}", "00"));
    }

    [Fact]
    public void ComprehensiveTaxForCosmetics()
    {
        var tax = new DutyCalculator().ComprehensiveTax("33049900", 1000m, 0m, 0m);
        Assert.Equal(230.59m, tax);
    }

    [Fact]
    public void DemurrageDoublesAfterAWeek()
    {
        Assert.Equal(7 * 300m + 3 * 600m, new DutyCalculator().Demurrage(10, "40HQ"));
    }
}
