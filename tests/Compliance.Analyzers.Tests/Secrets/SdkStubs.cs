namespace Compliance.Analyzers.Tests.Secrets;

/// <summary>
/// Minimal look-alikes of SDK types (same namespaces, names and parameter names) so that tests exercise matching by
/// shape: the product references none of these SDKs.
/// </summary>
internal static class SdkStubs
{
    public const string Source = """

        namespace Microsoft.Data.SqlClient
        {
            public class SqlConnection { public SqlConnection(string connectionString) { } public string ConnectionString { get; set; } = ""; }
            public class SqlConnectionStringBuilder { public string Password { get; set; } = ""; public string DataSource { get; set; } = ""; }
        }
        namespace Npgsql { public class NpgsqlConnection { public NpgsqlConnection(string connectionString) { } } }
        namespace MySqlConnector { public class MySqlConnection { public MySqlConnection(string connectionString) { } } }
        namespace MongoDB.Driver { public class MongoClient { public MongoClient(string connectionString) { } } }
        namespace StackExchange.Redis { public class ConnectionMultiplexer { public static ConnectionMultiplexer Connect(string configuration) => new ConnectionMultiplexer(); } }
        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContextOptionsBuilder { }
            public static class SqlServerExtensions { public static DbContextOptionsBuilder UseSqlServer(this DbContextOptionsBuilder b, string connectionString) => b; }
            public static class NpgsqlExtensions { public static DbContextOptionsBuilder UseNpgsql(this DbContextOptionsBuilder b, string connectionString) => b; }
        }
        namespace Microsoft.IdentityModel.Tokens { public class SymmetricSecurityKey { public SymmetricSecurityKey(byte[] key) { } } }
        namespace Azure.Identity { public class ClientSecretCredential { public ClientSecretCredential(string tenantId, string clientId, string clientSecret) { } } }
        namespace Azure.Storage { public class StorageSharedKeyCredential { public StorageSharedKeyCredential(string accountName, string accountKey) { } } }
        namespace Amazon.Runtime { public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } } }
        namespace Amazon.S3 { public class AmazonS3Config { public string ServiceURL { get; set; } = ""; } public class AmazonS3Client { public AmazonS3Client(string? awsAccessKeyId, string? awsSecretAccessKey, AmazonS3Config clientConfig) { } } }
        namespace Aliyun.Acs.Core.Profile { public class DefaultProfile { public static DefaultProfile GetProfile(string regionId, string accessKeyId, string secret) => new DefaultProfile(); } }
        namespace AlibabaCloud.OpenApiClient.Models { public class Config { public string AccessKeyId { get; set; } = ""; public string AccessKeySecret { get; set; } = ""; } }
        namespace TencentCloud.Common { public class Credential { public string SecretId { get; set; } = ""; public string SecretKey { get; set; } = ""; } }
        namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string? this[string key] { get; } } }

        """;
}
