namespace Compliance.Analyzers.Tests.Secrets;

using static SecretFixtures;

/// <summary>The four C# rules together, with exact spans: one finding per location, the most specific rule wins.</summary>
public class CSharpSecretAnalyzerTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Security.Cryptography;
        using System.Security.Cryptography.X509Certificates;
        using System.Text;
        using Microsoft.Data.SqlClient;
        using Npgsql;
        using MySqlConnector;
        using MongoDB.Driver;
        using StackExchange.Redis;
        using Microsoft.EntityFrameworkCore;
        using Microsoft.IdentityModel.Tokens;
        using Azure.Identity;
        using Azure.Storage;
        using Amazon.Runtime;
        using Amazon.S3;
        using Aliyun.Acs.Core.Profile;
        using AlibabaCloud.OpenApiClient.Models;
        using TencentCloud.Common;
        using Microsoft.Extensions.Configuration;

        """;

    private static Task Verify(string body) => SecretsTest.VerifyAsync(Usings + body + SdkStubs.Source);

    private static readonly string Pwd = Password(200);
    private static readonly string Key = AlnumOf(32, 201);

    public static TheoryData<string> Sinks() => new()
    {
        $$"""var c = new NetworkCredential("svc", {|CMP1001:"{{Pwd}}"|});""",
        $$"""var b = new SqlConnectionStringBuilder { DataSource = "db", Password = {|CMP1001:"{{Pwd}}"|} };""",
        $$"""var b = new SqlConnectionStringBuilder(); b.Password = {|CMP1001:"{{Pwd}}"|};""",
        $$"""var c = new SqlConnection({|CMP1001:"Server=db;Database=shop;User Id=app;Password={{Pwd}}"|});""",
        $$"""var c = new NpgsqlConnection({|CMP1001:"Host=db;Username=app;Password={{Pwd}}"|});""",
        $$"""var c = new MySqlConnection({|CMP1001:"Server=db;Uid=root;Pwd={{Pwd}}"|});""",
        $$"""new DbContextOptionsBuilder().UseSqlServer({|CMP1001:"Server=db;User Id=sa;Password={{Pwd}}"|});""",
        $$"""new DbContextOptionsBuilder().UseNpgsql({|CMP1001:"Host=db;Username=app;Password={{Pwd}}"|});""",
        $$"""var m = new MongoClient({|CMP1001:"mongodb+srv://app:{{Pwd}}@cluster0.internal/db"|});""",
        $$"""var r = ConnectionMultiplexer.Connect({|CMP1001:"cache:6379,password={{Pwd}},abortConnect=false"|});""",
        $$"""var k = new SymmetricSecurityKey(Encoding.UTF8.GetBytes({|CMP1001:"{{Key}}"|}));""",
        $$"""using var h = new HMACSHA256(Encoding.ASCII.GetBytes({|CMP1001:"{{Key}}"|}));""",
        $$"""using var h = new HMACSHA256(Convert.FromBase64String({|CMP1001:"{{Key}}"|}));""",
        $$"""using var aes = Aes.Create(); aes.Key = Encoding.UTF8.GetBytes({|CMP1001:"{{Key}}"|});""",
        """using var aes = Aes.Create(); aes.IV = {|CMP1001:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};""",
        $$"""var cert = new X509Certificate2("server.pfx", {|CMP1001:"{{Pwd}}"|});""",
        $$"""var auth = new AuthenticationHeaderValue("Bearer", {|CMP1001:"{{Key}}"|});""",
        $$"""var http = new HttpClient(); http.DefaultRequestHeaders.Add("Authorization", {|CMP1001:"Basic {{Key}}"|});""",
        $$"""var headers = new Dictionary<string, string>(); headers["Authorization"] = {|CMP1001:"Bearer {{Key}}"|};""",
        $$"""var cred = new ClientSecretCredential("tenant", "client", {|CMP1001:"{{Key}}"|});""",
        $$"""var cred = new StorageSharedKeyCredential("account", {|CMP1001:"{{Key}}"|});""",
        $$"""var aws = new BasicAWSCredentials({|CMP1003:"{{AwsKeyId()}}"|}, {|CMP1001:"{{AwsSecret()}}"|});""",
        // an AWS service client given the key pair directly (twelfth session); the same client fed from the environment stays silent
        $$"""var s3 = new AmazonS3Client({|CMP1003:"{{AwsKeyId(1401)}}"|}, {|CMP1001:"{{AwsSecret(1402)}}"|}, new AmazonS3Config { ServiceURL = "https://oss.depot.example" });""",
        """var s3 = new AmazonS3Client(Environment.GetEnvironmentVariable("DEPOT_S3_ID"), Environment.GetEnvironmentVariable("DEPOT_S3_SECRET"), new AmazonS3Config());""",
        $$"""var p = DefaultProfile.GetProfile("cn-hangzhou", {|CMP1003:"{{AlibabaId()}}"|}, {|CMP1001:"{{AlibabaSecret()}}"|});""",
        $$"""var cfg = new Config { AccessKeyId = {|CMP1003:"{{AlibabaId()}}"|}, AccessKeySecret = {|CMP1001:"{{AlibabaSecret()}}"|} };""",
        $$"""var tc = new Credential { SecretId = {|CMP1003:"{{TencentId()}}"|}, SecretKey = {|CMP1001:"{{TencentSecret()}}"|} };""",
    };

    [Theory]
    [MemberData(nameof(Sinks))]
    public Task Constant_flowing_into_a_credential_sink(string statement) =>
        Verify($$"""
            class C
            {
                void M()
                {
                    {{statement}}
                }
            }
            """);

    [Fact]
    public Task Constants_reached_through_const_static_readonly_locals_concatenation_and_interpolation() =>
        Verify($$"""
            class C
            {
                private const string DbPwd = {|CMP1001:"{{Pwd}}"|};
                private static readonly string SigningMaterial = {|CMP1001:"{{Key}}"|};
                private const string Host = "db";

                void M()
                {
                    var c = new NetworkCredential("svc", DbPwd);
                    using var h = new HMACSHA512(Encoding.UTF8.GetBytes(SigningMaterial));
                    var local = {|CMP1001:"{{Key}}x"|};
                    var cred = new ClientSecretCredential("t", "c", local);
                    var conn = new SqlConnection({|CMP1001:"Server=" + Host + ";User Id=sa;Password={{Pwd}}"|});
                    var conn2 = new NpgsqlConnection({|CMP1001:$"Host={Host};Username=app;Password={{Pwd}}"|});
                }
            }
            """);

    [Fact]
    public Task Configuration_environment_parameters_and_password_less_connections_are_safe() =>
        Verify("""
            class C
            {
                private readonly IConfiguration configuration;
                C(IConfiguration configuration) { this.configuration = configuration; }

                void M(string password, byte[] key)
                {
                    var a = new NetworkCredential("svc", configuration["Smtp:Password"]);
                    var b = new NetworkCredential("svc", Environment.GetEnvironmentVariable("SMTP_PASSWORD"));
                    var c = new NetworkCredential("svc", password);
                    using var h = new HMACSHA256(key);
                    var d = new SqlConnection("Server=db;Database=shop;Integrated Security=true");
                    var e = new SqlConnection(configuration["ConnectionStrings:Default"]!);
                    var f = new NetworkCredential("svc", "changeme");
                    var g = new NetworkCredential("svc", "${SMTP_PASSWORD}");
                    var local = password;
                    var i = new ClientSecretCredential("t", "c", local);
                }
            }
            """);

    [Fact]
    public Task Secret_named_symbols_in_English_pinyin_and_Chinese() =>
        Verify($$"""
            using System.ComponentModel;

            class Settings
            {
                public string Password { get; set; } = {|CMP1002:"{{Pwd}}"|};
                private string apiKey = {|CMP1002:"{{Key}}"|};
                public const string DbMima = {|CMP1002:"{{Pwd}}m"|};
                public string 数据库密码 = {|CMP1002:"{{Pwd}}c"|};
                public string 登录口令 { get; } = {|CMP1002:"{{Pwd}}k"|};
                public string miyao = {|CMP1002:"{{Key}}y"|};
                private const string TimeLimitedTokenPrefix = "v9.tx.";
                private const string SessionTokenSuffix = "-sess";
                private static string complexPasswordRule = @"^(?=.*[A-Z])(?=.*[!@#=$&?*])(?=.*[0-9])(?=.*[a-z]).{8,}$";
                private static string rulerApiKey = {|CMP1002:"{{Key}}r"|};  // "ruler" is not the word "rule"

                void Connect(string user, string password = {|CMP1002:"{{Pwd}}d"|})
                {
                    var clientSecret = {|CMP1002:"{{Key}}s"|};
                    var anonymous = new { Token = {|CMP1002:"{{Key}}t"|} };
                    var dict = new Dictionary<string, string> { { "password", {|CMP1002:"{{Pwd}}e"|} } };
                    var dict2 = new Dictionary<string, string> { ["api_key"] = {|CMP1002:"{{Key}}a"|} };
                    dict["secret"] = {|CMP1002:"{{Key}}b"|};
                    dict.Add("db_mima", {|CMP1002:"{{Pwd}}g"|});
                    var pair = KeyValuePair.Create("Jwt:Key", {|CMP1002:"{{Key}}j"|});
                    dict.Add("Authorization:Scheme", "Bearer");
                }

                [Secret(Password = {|CMP1002:"{{Pwd}}f"|})]
                void Attributed() { }
            }

            class SecretAttribute : System.Attribute { public string Password { get; set; } = ""; }
            """);

    [Fact]
    public Task Harmless_secret_named_symbols_and_prompts_are_not_reported() =>
        Verify("""
            class Ui
            {
                public string PasswordPrompt = "Please enter your password";
                public string 密码提示 = "请输入密码";
                public string passwordLabel = "密码";
                public string Password2 = "请输入密码";
                public string PasswordError = "Password is required";
                public const string PasswordKey = "Auth:Password";
                public const string PasswordVariable = "DB_PASSWORD";
                public string passwordQuestion = "Name of your first pet?";
                public string public_key = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A";
                public string key_id = "key-2024-01";
                public string UserSecretsId = "aspnet-Web-1234";
                public string csrf_token = "csrf-header-value";
                public string Password = "changeme";
                public string Secret = "<your-secret>";
                public string Token = "";
                public int PasswordRequiredLength = 12;
                public System.Threading.CancellationToken cancellationToken = default;
            }
            """);

    [Fact]
    public Task Known_tokens_in_verbatim_raw_interpolated_strings_and_comments() =>
        Verify($$""""
            class C
            {
                // rotated on Monday: {|CMP1003:{{GitHubToken()}}|}
                /* {|CMP1003:{{AwsKeyId(5)}}|} */
                /// <summary>Uses {|CMP1003:{{StripeKey()}}|} in staging.</summary>
            #if NEVER
                const string Old = "{|CMP1003:{{GitHubToken(310)}}|}";
            #endif
                void M(string user)
                {
                    var a = {|CMP1003:@"{{GoogleKey()}}"|};
                    var b = {|CMP1003:"""
                        {{SlackToken()}}
                        """|};
                    var c = $"Bearer {|CMP1003:{{Jwt()}}|} for {user}";
                    var d = {|CMP1003:"{{JdKey()}}"|};
                    var e = {|CMP1003:"https://oapi.dingtalk.com/robot/send?access_token={{HexOf(64, 300)}}"|};
                    var f = {|CMP1003:"https://open.feishu.cn/open-apis/bot/v2/hook/{{Uuid(301)}}"|};
                    var g = {|CMP1003:"{{TencentId(302)}}"|};
                    var h = {|CMP1003:"{{VolcId()}}"|};
                    var i = {|CMP1003:"{{DingTalkSigning()}}"|};
                }
            }
            """");

    [Fact]
    public Task Near_miss_tokens_are_not_reported() =>
        Verify($$"""
            class C
            {
                // bad checksum: {{GitHubToken(validChecksum: false)}}
                void M()
                {
                    var a = "{{AwsKeyId().Substring(0, 19)}}";
                    var b = "LTAI" + "xxxxxxxxxxxxxxxx";
                    var c = "AKIAEXAMPLEEXAMPLE77";
                    var d = "ghp_your_token_here";
                }
            }
            """);

    [Fact]
    public Task Connection_strings_and_uris_with_passwords_outside_sinks() =>
        Verify($$"""
            class C
            {
                void M()
                {
                    var cs = {|CMP1004:"Server=db;Database=shop;User Id=app;Password={{Pwd}};"|};
                    var uri = {|CMP1004:"postgres://app:{{Pwd}}@db:5432/shop"|};
                    var verbatim = {|CMP1004:@"Data Source=.\SQLEXPRESS;Initial Catalog=shop;User ID=sa;Pwd='{{Pwd}}'"|};
                    var integrated = "Server=db;Database=shop;Trusted_Connection=True";
                    var template = "Server=db;User Id=app;Password=${DB_PASSWORD}";
                    var hole = $"Server=db;User Id=app;Password={System.Environment.GetEnvironmentVariable("P")}";
                    // see mysql://root:{|CMP1004:{{Pwd}}|}@localhost/app for the old setup
                }
            }
            """);

    [Fact]
    public Task Broken_code_does_not_throw() =>
        SecretsTest.VerifyBrokenAsync($$"""
            class C
            {
                const string Pwd = {|CMP1002:"{{Pwd}}"|};
                void M(
                {
                    var c = new NetworkCredential("svc", {|CMP1001:"{{Pwd}}x"|};
                    var d = new Unknown.Sdk.ClientSecretCredential("t", "c", {|CMP1001:"{{Key}}"|});
                    var e = new SqlConnection(
                    var f = new X509Certificate2(;
                    password = ;
                    var g = $"{
                    aes.Key = Encoding.UTF8.GetBytes(
            """);
}
