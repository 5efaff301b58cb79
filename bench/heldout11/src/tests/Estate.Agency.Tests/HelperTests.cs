using Estate.Agency.Application.Customers;
using Estate.Agency.Application.Deals;
using Estate.Agency.Application.Listings;
using Estate.Agency.Helpers;
using Xunit;

namespace Estate.Agency.Tests;

public class HelperTests
{
    private const string TestIdCard = "440305199209078847";
    private const string TestDbPassword = "Test#Pwd123";

    [Fact]
    public void Md5_matches_the_v1_admin_values()
    {
        Assert.Equal("e10adc3949ba59abbe56e057f20f883e", EncryptHelper.Md5("123456"));
    }

    [Fact]
    public void Password_hash_is_double_md5_with_salt()
    {
        var h = EncryptHelper.PasswordHash("Demo@123", "demo");
        Assert.Equal(32, h.Length);
    }

    [Fact]
    public void Des_round_trips()
    {
        var c = EncryptHelper.DesEncrypt("6222022610549624298");
        Assert.Equal("6222022610549624298", EncryptHelper.DesDecrypt(c));
    }

    [Fact]
    public void Id_card_check_digit()
    {
        Assert.True(IdCardValidator.IsValid(TestIdCard));
        Assert.False(IdCardValidator.IsValid("440305199209078840"));
        Assert.Equal("女", IdCardValidator.Gender(TestIdCard));
    }

    [Fact]
    public void Masks_phone_and_id()
    {
        Assert.Equal("137****4826", Mask.Phone("13757104826"));
        Assert.Equal("4403**********8847", Mask.IdCard(TestIdCard));
        Assert.Equal("周**", Mask.Name("周文涛"));
    }

    [Theory]
    [InlineData(3, 18, "低楼层/共18层")]
    [InlineData(9, 18, "中楼层/共18层")]
    [InlineData(18, 18, "高楼层/共18层")]
    public void Floor_text(int floor, int total, string expected) => Assert.Equal(expected, ListingAppService.FloorText(floor, total));

    [Fact]
    public void Commission_split_sums_to_total()
    {
        var parts = DealAppService.SplitCommission(60000m, 1, 2, null);
        Assert.Equal(60000m, parts.Sum(p => p.Amount));
        Assert.Equal(2, parts.Count);
    }

    [Fact]
    public void Sign_is_stable()
    {
        var s = SignHelper.AppSign(new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" }, "tok_test_0001");
        Assert.Equal(40, s.Length);
    }

    [Fact]
    public void Connection_string_for_integration_tests()
    {
        var cs = $"Server=127.0.0.1;Port=3307;Database=anju_test;Uid=test;Pwd={TestDbPassword}";
        Assert.Contains("anju_test", cs);
    }
}
