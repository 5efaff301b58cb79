using Donor.Functions.Models;
using Donor.Functions.Security;
using Donor.Functions.Services;
using Xunit;

namespace Donor.Functions.Tests;

public class EligibilityRulesTests
{
    private static DonorEntity Donor(string gender = "M", int count = 3) => new()
    {
        RowKey = "D2501010001",
        Name = "测试献血者",
        IdCardNo = "110105199005116437",
        Mobile = "13800000000",
        Gender = gender,
        BirthDate = new DateTime(1990, 5, 11),
        DonationCount = count
    };

    [Fact]
    public void LowHemoglobinIsDeferred()
    {
        var q = new HealthQuestionnaire("D2501010001", false, false, false, false, null, 65, 120, 80, 11.0);
        var (ok, reason) = new EligibilityRules().Check(Donor(), q, new DateTime(2025, 6, 1));
        Assert.False(ok);
        Assert.Equal("血红蛋白偏低", reason);
    }

    [Fact]
    public void PasswordHashV3RoundTrips()
    {
        var h = StaffAuth.HashV3("Test-Only-Pa55!");
        Assert.True(StaffAuth.VerifyV3("Test-Only-Pa55!", h));
    }

    [Fact]
    public void CardSignatureIsChecked()
    {
        var signer = new DonorCardSigner();
        var qr = signer.Issue("D2501010001", 5);
        Assert.True(signer.Check(qr));
        Assert.False(signer.Check(qr.Replace("|5|", "|50|")));
    }

    [Fact]
    public void BagCheckCharacter()
    {
        Assert.Equal(1, DonorCardSigner.BagCheckChar("A999925123456").Length);
    }
}
