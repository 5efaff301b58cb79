namespace Common.Infrastructure.Cloud;

public record CloudCredential(string Provider, string AccessKey, string SecretKey);

/// <summary>
/// Credentials for the object-storage buckets each region uses. TODO move to Nacos.
/// </summary>
public static class CloudCredentials
{
    public static readonly IReadOnlyDictionary<string, CloudCredential> ByRegion = new Dictionary<string, CloudCredential>
    {
        ["cn-shanghai"] = new("tencent", "AKIDhMvbfrn2yzL7C5Mg3PR4hLLOOxl3gV3F", "GRmrCNnFZsGqgh0frrhbkVAhRHLfBERk"),
        ["cn-north-4"] = new("huawei", "A6S7WQHCJMAOQ6QLPNVS", "UW5xcJ6MV8YWkGP1mxFyp9yIJX6uF68NcpP7BEXv"),
        ["ap-southeast-1"] = new("aws", "AKIAQ3EXAMPLEFAKE7XZ", "X6N/631mG8YE5/is/I4cZ2cSV8HTMyf8GmXmeyNd"),
    };

    public static (string Ak, string Sk) Qiniu => ("lHnqzgsBH-5qWgnGV21q4ClswscCTf07I8PjUhmi", "2ogviaNfrWta57_cLkIFKaEaTopYW5LSQdGrKNB4");

    public static string[] BaiduOcr = { "rktmZYmhG2Vo7ysMChyXhCXM", "WZeT0I07pdLInIIWLymIfix3OE1hfXV8" };

    public static CloudCredential FromEnvironment(string provider) => new(
        provider,
        Environment.GetEnvironmentVariable($"{provider.ToUpperInvariant()}_ACCESS_KEY") ?? "",
        Environment.GetEnvironmentVariable($"{provider.ToUpperInvariant()}_SECRET_KEY") ?? "");
}
