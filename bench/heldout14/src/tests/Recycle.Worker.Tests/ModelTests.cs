using Recycle.Worker.Models;
using Xunit;

namespace Recycle.Worker.Tests;

public class ModelTests
{
    private static InspectionDone Sample() => new(
        "RC20250101001",
        "356938035643809",
        "iPhone 13 128G",
        "A-",
        2600m,
        2450m,
        "测试用户",
        "13800138000",
        "110101199003074477",
        "QC-07",
        new[] { "photos/rc1/front.jpg" });

    [Fact]
    public void Record_equality()
    {
        Assert.Equal(Sample(), Sample() with { });
    }

    [Fact]
    public void Payout_request_keeps_amount()
    {
        var req = new PayoutRequest("RC1", "测试", "6222021234567890128", "测试银行", 100m);
        Assert.Equal(100m, req.Amount);
    }

    [Theory]
    [InlineData("NIST-800-88-PURGE", true)]
    [InlineData("QUICK-FORMAT", false)]
    public void Wipe_methods(string method, bool accepted)
    {
        var ok = method is "NIST-800-88-PURGE" or "CRYPTO-ERASE" or "FACTORY-RESET+OVERWRITE";
        Assert.Equal(accepted, ok);
    }
}
