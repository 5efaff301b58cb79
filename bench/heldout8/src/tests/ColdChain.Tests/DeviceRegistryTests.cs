using System.Security.Cryptography;
using System.Text;
using ColdChain.Telemetry.Devices;
using ColdChain.Telemetry.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace ColdChain.Tests;

public class DeviceRegistryTests
{
    private const string TestDeviceSecret = "test-device-secret-0001";

    private static DeviceRegistry Registry() => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Devices:LG-TEST:Secret"] = TestDeviceSecret,
        }).Build(),
        NullLogger<DeviceRegistry>.Instance);

    [Fact]
    public void Device_secret_round_trips()
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(TestDeviceSecret), Encoding.UTF8.GetBytes("LG-TEST"));
        Assert.True(Registry().VerifyDeviceSecret("LG-TEST", Convert.ToHexString(mac)));
    }

    [Fact]
    public void Legacy_password_is_rejected_when_wrong()
    {
        Assert.False(Registry().VerifyLegacyPassword("LG-TEST", "not-the-password"));
    }

    [Fact]
    public void Aliyun_password_matches_documented_example()
    {
        var pwd = DeviceRegistry.AliyunIotPassword("a1FakeProd", "dev01", "FakeDeviceSecretForTests", 1700000000000);
        Assert.Equal(40, pwd.Length);
    }

    [Fact]
    public void Api_key_fingerprint_is_stable()
    {
        var (key, hash) = ApiKeyStore.Issue("SHIPTEST");
        Assert.Equal(hash, ApiKeyStore.Fingerprint(key));
        Assert.StartsWith("cc_shiptest_", key);
    }

    [Fact]
    public void Partition_is_in_range()
    {
        for (var i = 0; i < 100; i++)
        {
            var p = DeviceRegistry.Partition($"LG-{i:D5}", 8);
            Assert.InRange(p, 0, 7);
        }
    }
}
