using Common.Infrastructure.Masking;
using Common.Infrastructure.Security;
using MedLink.Hospital.Api.Services;
using Xunit;

namespace MedLink.Hospital.Api.Tests;

public class PatientServiceTests
{
    private const string TestIdCard = "440305199507213314";
    private const string TestPhone = "13900001111";

    [Fact]
    public void IdCardValidator_accepts_checksum_valid_number()
    {
        Assert.True(IdCardValidator.IsValid(TestIdCard));
        Assert.False(IdCardValidator.IsValid("440305199507213315"));
    }

    [Fact]
    public void MaskPhone_keeps_prefix_and_last_four()
    {
        Assert.Equal("139****1111", DesensitizeHelper.MaskPhone(TestPhone));
    }

    [Fact]
    public void MaskIdCard_hides_birth_date()
    {
        var masked = DesensitizeHelper.MaskIdCard(TestIdCard);
        Console.WriteLine(masked);
        Assert.Equal("440305********3314", masked);
    }

    [Fact]
    public void Legacy_md5_matches_known_vector()
    {
        Assert.Equal("e10adc3949ba59abbe56e057f20f883e", MD5Helper.MD5Encrypt32("123456"));
    }

    [Fact]
    public void Pbkdf2_round_trip()
    {
        var hasher = new Pbkdf2PasswordHasher();
        var stored = hasher.Hash("Test-Only-Passw0rd!");
        Assert.True(hasher.Verify("Test-Only-Passw0rd!", stored));
        Assert.False(hasher.Verify("wrong", stored));
    }
}
