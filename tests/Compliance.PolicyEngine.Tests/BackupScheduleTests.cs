namespace Compliance.PolicyEngine.Tests;

using Compliance.PolicyEngine.Checks.Backup;
using Compliance.PolicyEngine.Kubernetes;

public class BackupScheduleTests
{
    [Theory]
    [InlineData("0 2 * * *", false, true)]
    [InlineData("0 */6 * * *", false, true)]
    [InlineData("30 1 */1 * *", false, true)]
    [InlineData("CRON_TZ=Asia/Shanghai 0 2 * * *", false, true)]
    [InlineData("@daily", false, true)]
    [InlineData("@midnight", false, true)]
    [InlineData("@hourly", false, true)]
    [InlineData("@every 24h", false, true)]
    [InlineData("@every 1h30m", false, true)]
    [InlineData("@every 36h", false, false)]
    [InlineData("@weekly", false, false)]
    [InlineData("0 2 * * 0", false, false)]
    [InlineData("0 2 */2 * *", false, false)]
    [InlineData("0 2 * * 1-5", false, false)]
    [InlineData("0 2 1 * *", false, false)]
    [InlineData("61 2 * * *", false, false)]
    [InlineData("0 0 2 * * *", true, true)]
    [InlineData("0 0 0 * * 1", true, false)]
    [InlineData("0 2 * * *", true, false)]
    public void AtLeastDaily(string schedule, bool withSeconds, bool daily) =>
        Assert.Equal(daily, BackupRules.IsAtLeastDaily(schedule, withSeconds));

    [Theory]
    [InlineData("https://oss-cn-shanghai.aliyuncs.com", "cn-shanghai")]
    [InlineData("http://oss-cn-hangzhou-internal.aliyuncs.com", "cn-hangzhou")]
    [InlineData("https://s3.us-west-2.amazonaws.com", "us-west-2")]
    [InlineData("https://s3.cn-north-1.amazonaws.com.cn", "cn-north-1")]
    [InlineData("https://cos.ap-guangzhou.myqcloud.com", "ap-guangzhou")]
    [InlineData("http://minio.velero.svc:9000", null)]
    public void RegionOfEndpoint(string url, string? region) => Assert.Equal(region, BackupRules.RegionOfEndpoint(url));

    [Theory]
    [InlineData("720h0m0s", 720)]
    [InlineData("24h", 24)]
    [InlineData("90m", 1.5)]
    public void GoDurations(string text, double hours) => Assert.Equal(hours, BackupRules.GoDuration(text)!.Value.TotalHours);

    [Theory]
    [InlineData("0.0.0.0/0", true)]
    [InlineData("::/0", true)]
    [InlineData("*", true)]
    [InlineData("all", true)]
    [InlineData("10.0.0.0/8", false)]
    public void OpenRanges(string v, bool open) => Assert.Equal(open, NetRanges.IsOpen(v));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.20.0.1", true)]
    [InlineData("100.64.1.1", true)]
    [InlineData("fd00::1", true)]
    [InlineData("::1", true)]
    [InlineData("0.0.0.0", false)]
    [InlineData("203.0.113.5", false)]
    [InlineData("::", false)]
    public void PrivateAddresses(string v, bool priv) => Assert.Equal(priv, NetRanges.IsPrivate(v));
}
