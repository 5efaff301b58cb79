using System.Security.Cryptography;
using System.Text;
using Xunit;

namespace CheYi.Market.Tests;

public class IdCardValidatorTests
{
    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("440305198001010011", false)]
    [InlineData("", false)]
    public void Validates_check_digit(string id, bool expected)
    {
        Assert.Equal(expected, Check(id));
    }

    [Fact]
    public void Masks_mobile()
    {
        var mobile = "13800138000";
        Assert.Equal("138****8000", mobile[..3] + "****" + mobile[7..]);
    }

    [Fact]
    public void Legacy_md5_matches_old_system()
    {
        var h = Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes("123456"))).ToLowerInvariant();
        Assert.Equal("e10adc3949ba59abbe56e057f20f883e", h);
    }

    private static bool Check(string id)
    {
        if (id.Length != 18) return false;
        int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (id[i] - '0') * w[i];
        return "10X98765432"[sum % 11] == char.ToUpperInvariant(id[17]);
    }
}
