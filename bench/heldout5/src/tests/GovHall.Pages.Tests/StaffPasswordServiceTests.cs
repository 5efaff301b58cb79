using System.Security.Cryptography;
using System.Text;
using GovHall.Pages.Services;
using Xunit;

namespace GovHall.Pages.Tests;

public sealed class StaffPasswordServiceTests
{
    private const string TestPassword = "Test-Only-Pa55!";

    [Fact]
    public void Verify_accepts_the_imported_legacy_format()
    {
        var service = new StaffPasswordService();
        var hash = Convert.ToHexString(StaffPasswordService.Hash(TestPassword));
        service.Load(new[] { ("window-01", hash) });

        Assert.True(service.Verify("window-01", TestPassword));
        Assert.False(service.Verify("window-01", "wrong"));
    }

    [Fact]
    public void Hash_matches_the_old_queue_machine_output()
    {
        using var hmac = new HMACMD5(Encoding.UTF8.GetBytes("smzx2016"));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(TestPassword));
        Assert.Equal(expected, StaffPasswordService.Hash(TestPassword));
    }
}
