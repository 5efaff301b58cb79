using Aliyun.Acs.Core;
using Aliyun.Acs.Core.Profile;
using Amazon.S3;

namespace GameAccount.Grpc.Services;

/// <summary>Nightly copy of the account database dump to OSS (primary) and to S3 in Singapore (overseas servers).</summary>
public static class BackupUploader
{
    private static readonly string[] OverseasS3 = { "AKIAQX4TZ7N2WB5RY3KD", "tBeWqW9lQ4pZ3s8XkV1cYn7mH2dJ6fR0aE5uG8oL" };

    public static IAcsClient OssClient() =>
        new DefaultAcsClient(DefaultProfile.GetProfile("cn-shanghai", "LTAI5tv7zwehk57gJ6vvpSvm", "XbLU23STOguSMZ8cOS9liO0Ipxj8O0"));

    public static AmazonS3Client S3Client() =>
        new(OverseasS3[0], OverseasS3[1], Amazon.RegionEndpoint.APSoutheast1);

    public static string ObjectName(DateTime at, string shard) => $"backup/account/{at:yyyy/MM/dd}/{shard}.sql.gz";

    public static bool Due(DateTime lastRun, DateTime now) => now - lastRun >= TimeSpan.FromHours(23);
}
