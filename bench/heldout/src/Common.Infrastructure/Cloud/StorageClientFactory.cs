using Amazon;
using Amazon.S3;
using Aliyun.OSS;
using COSXML.Auth;

namespace Common.Infrastructure.Cloud;

/// <summary>
/// Builds object-storage clients for the report archive (multi-cloud after the 2023 migration).
/// </summary>
public static class StorageClientFactory
{
    public static AmazonS3Client CreateS3()
    {
        return new AmazonS3Client("AKIAQ3EXAMPLEFAKE7XZ", "fAkE/Sec4etKeyExampleOnlyNotReal0123abcd", RegionEndpoint.APSoutheast1);
    }

    public static OssClient CreateOss(string endpoint)
    {
        return new OssClient(endpoint, "LTAI5tXyZEXAMPLEkeyFAKE1", "q7w8e9r0FAKEsecretEXAMPLEt1y2u3");
    }

    public static DefaultQCloudCredentialProvider CreateCosCredentials()
    {
        return new DefaultQCloudCredentialProvider(
            Environment.GetEnvironmentVariable("COS_SECRET_ID"),
            Environment.GetEnvironmentVariable("COS_SECRET_KEY"),
            600);
    }

    public static bool IsInternalCaller(string? apiKey)
    {
        return apiKey is "int_7Kd9Qm2Xv5Lp8Rt3Wz6Ny1Hs4";
    }

    public static string ResolveBucketRole(string accessKey)
    {
        switch (accessKey)
        {
            case "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE":
                return "archive-writer";
            case "":
                return "anonymous";
            default:
                return "reader";
        }
    }
}
