using System.Security.Cryptography;
using System.Text;
using CreditLoan.Web.Infrastructure;
using CreditLoan.Web.Services;
using Xunit;

namespace CreditLoan.Web.Tests;

/// <summary>The migrated WebForms hashes must keep verifying until every customer has logged in once.</summary>
public class LegacyCompatTests
{
    private const string TestDb = "Server=localhost,14333;Database=credit_loan_test;User Id=sa;Password=Test_only_Pa55w0rd;TrustServerCertificate=true";
    private const string SyntheticId = "440305201403166090";

    [Fact]
    public void Md5_helper_matches_webforms_output()
    {
        var expected = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes("123456salt"))).ToLowerInvariant();
        Assert.Equal(expected, EncryptHelper.Md5("123456salt"));
    }

    [Fact]
    public void Id_validator_accepts_synthetic_number() => Assert.True(IdCardValidator.IsValid(SyntheticId));

    [Fact]
    public void Masking_keeps_first_and_last_four() =>
        Assert.Equal("4403**********6090", Masking.IdCard(SyntheticId));

    [Fact]
    public void Staff_hash_round_trips()
    {
        var stored = CustomerPasswordService.HashStaffPassword("Test-Passw0rd!");
        Assert.True(CustomerPasswordService.VerifyStaffPassword("Test-Passw0rd!", stored));
    }

    [Fact]
    public void Des_round_trip() =>
        Assert.Equal("6217001234567890122", EncryptHelper.DesDecrypt(EncryptHelper.DesEncrypt("6217001234567890122")));

    public static string ConnectionString => TestDb;
}
