namespace Compliance.Analyzers.Tests.Secrets;

using static SecretFixtures;

/// <summary>
/// Issue 14's secret misses (hard-coded symmetric keys, keys in URL constants, AK/SK pairs in
/// initializers, SDK constructor arguments, custom headers, attribute arguments, pattern comparisons),
/// each with decoys that must stay silent. Values are generated at test time.
/// </summary>
public class SecretRecallTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using Microsoft.Extensions.Configuration;

        """;

    /// <summary>Look-alikes of OSS/COS/Minio SDK types and a typical SM4 helper (same names and parameter names).</summary>
    private const string Stubs = """

        namespace Aliyun.OSS { public class OssClient { public OssClient(string endpoint, string accessKeyId, string accessKeySecret) { } } }
        namespace COSXML.Auth { public class DefaultQCloudCredentialProvider { public DefaultQCloudCredentialProvider(string secretId, string secretKey, long keyDurationSecond) { } } }
        namespace Minio { public class MinioClient { public MinioClient WithEndpoint(string endpoint) => this; public MinioClient WithCredentials(string accessKey, string secretKey) => this; } }
        namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string? this[string key] { get; } } }
        public static class Sm4Helper
        {
            public static string Encrypt(string plainText, string key) => plainText;
            public static string Decrypt(string cipherText, string key, string iv) => cipherText;
        }
        public class AliyunOptions { public string AccessKeyId { get; set; } = ""; public string AccessKeySecret { get; set; } = ""; }
        """;

    private static Task Verify(string body) => SecretsTest.VerifyAsync(Usings + body + Stubs);

    private static readonly string DesKey = AlnumOf(8, 401);
    private static readonly string AesKey = AlnumOf(32, 402);
    private static readonly string AesIv = AlnumOf(16, 403);
    private static readonly string Sm4Key = HexOf(32, 404);

    [Fact]
    public Task Symmetric_keys_and_ivs_held_in_constants_are_reported_where_they_are_written() =>
        Verify($$"""
            class DesCrypto
            {
                private const string KEY = {|CMP1001:"{{DesKey}}"|};
                private static readonly string AES_KEY = {|CMP1001:"{{AesKey}}"|};
                private static readonly byte[] AES_IV = Encoding.UTF8.GetBytes({|CMP1001:"{{AesIv}}"|});
                private const string SM4_KEY = {|CMP1001:"{{Sm4Key}}"|};

                public byte[] Des(byte[] data)
                {
                    using var des = DES.Create();
                    des.Key = Encoding.UTF8.GetBytes(KEY);
                    des.IV = Encoding.UTF8.GetBytes(KEY);
                    return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
                }

                public ICryptoTransform Aes256()
                {
                    using var aes = Aes.Create();
                    return aes.CreateEncryptor(Encoding.UTF8.GetBytes(AES_KEY), AES_IV);
                }

                public string Sm4(string text) => Sm4Helper.Encrypt(text, SM4_KEY);
            }
            """);

    [Fact]
    public Task Private_fields_never_written_slices_of_constants_and_key_fields_of_cipher_types() =>
        Verify($$"""
            public class Encryption
            {
                private static string encryptKey = {|CMP1001:"{{AesKey}}"|};
                private static byte[] Keys = {|CMP1001:{ 0x41, 0x72, 0x65, 0x79, 0x6F, 0x75, 0x6D, 0x79, 0x53, 0x6E, 0x6F, 0x77, 0x6D, 0x61, 0x6E, 0x3F }|};

                public static ICryptoTransform Encryptor()
                {
                    var aes = Aes.Create();
                    aes.Key = Encoding.UTF8.GetBytes(encryptKey.Substring(0, 32));
                    aes.IV = Keys;
                    return aes.CreateEncryptor();
                }
            }

            public class DesEncrypt
            {
                private const string Key = {|CMP1002:"{{DesKey}}x"|};
                private const string KeyPrefix = "des:";

                public static string Encrypt(string text, string key = null!)
                {
                    if (key == null) key = Key;
                    using var des = DES.Create();
                    des.Key = Encoding.UTF8.GetBytes(key[..8]);
                    return text;
                }
            }

            public class DES_ENCRY_DECRY
            {
                private string tdesKey = "{{AlnumOf(8, 435)}}";
                public void Init(string pubkey) { this.tdesKey = pubkey.Substring(0, 8); }
            }

            public class CacheConst
            {
                public const string KeyUser = "sys_user:";
                public const string Key = "{{AlnumOf(12, 433)}}";
            }

            public class TokenService
            {
                private string signingKey = {|CMP1002:"{{AlnumOf(32, 434)}}"|};
                public TokenService(IConfiguration config) { signingKey = config["Jwt:Key"]!; }
                public HMACSHA256 Hmac() => new HMACSHA256(Encoding.UTF8.GetBytes(signingKey));
            }
            """);

    [Fact]
    public Task Api_keys_inside_url_constants_are_reported_and_urls_without_a_key_are_not() =>
        Verify($$"""
            class Geo
            {
                private const string GeocodeUrl = {|CMP1003:"https://maps.googleapis.com/maps/api/geocode/json?key={{GoogleKey(405)}}"|};
                private const string AmapIpUrl = {|CMP1002:"https://restapi.amap.com/v3/ip?output=json&key={{HexOf(32, 406)}}"|};
                private static readonly string NoticeUrl = {|CMP1002:"https://api.example.cn/cgi-bin/message/send?access_token={{AlnumOf(40, 407)}}"|};
                private const string Plain = "https://restapi.amap.com/v3/ip?output=json";
                private const string Format = "https://restapi.amap.com/v3/ip?key={0}&ip={1}";
                private const string Empty = "https://restapi.amap.com/v3/ip?key=";
                private const string Placeholder = "https://restapi.amap.com/v3/ip?key=YOUR_KEY";
                private const string Sort = "https://api.example.cn/list?sortKey=createTime&page=1";
                string Url(IConfiguration c, string ip) => $"https://restapi.amap.com/v3/ip?key={c["Amap:Key"]}&ip={ip}";
            }
            """);

    [Fact]
    public Task Access_key_pairs_in_tuples_arrays_dictionaries_and_option_initializers() =>
        Verify($$"""
            class CloudKeys
            {
                private static readonly (string Id, string Secret) Oss = ({|CMP1003:"{{AlibabaId(408)}}"|}, {|CMP1001:"{{AlibabaSecret(409)}}"|});
                private static readonly string[] Aws = { {|CMP1003:"{{AwsKeyId(410)}}"|}, {|CMP1001:"{{AwsSecret(411)}}"|} };

                void M()
                {
                    var cos = new Dictionary<string, string> { ["SecretId"] = {|CMP1003:"{{TencentId(412)}}"|}, ["SecretKey"] = {|CMP1001:"{{TencentSecret(413)}}"|} };
                    var opts = new AliyunOptions { AccessKeyId = {|CMP1003:"{{AlibabaId(414)}}"|}, AccessKeySecret = {|CMP1001:"{{AlibabaSecret(415)}}"|} };
                    var names = new[] { "AccessKeyId", "AccessKeySecret" };
                    var region = ("cn-hangzhou", "oss-cn-hangzhou.aliyuncs.com");
                }
            }
            """);

    [Fact]
    public Task Sdk_client_constructor_and_builder_credentials() =>
        Verify($$"""
            class Storage
            {
                void M(IConfiguration config)
                {
                    var oss = new Aliyun.OSS.OssClient("https://oss-cn-hangzhou.aliyuncs.com", {|CMP1003:"{{AlibabaId(416)}}"|}, {|CMP1001:"{{AlibabaSecret(417)}}"|});
                    var oss2 = new Aliyun.OSS.OssClient("https://oss-cn-hangzhou.aliyuncs.com", config["Oss:AccessKeyId"]!, {|CMP1001:"{{AlnumOf(30, 418)}}"|});
                    var cos = new COSXML.Auth.DefaultQCloudCredentialProvider({|CMP1003:"{{TencentId(419)}}"|}, {|CMP1001:"{{TencentSecret(420)}}"|}, 600);
                    var minio = new Minio.MinioClient().WithEndpoint("minio.internal:9000").WithCredentials("backup-writer", {|CMP1001:"{{AlnumOf(24, 421)}}"|});
                    var fromConfig = new Aliyun.OSS.OssClient("https://oss-cn-hangzhou.aliyuncs.com", config["Oss:AccessKeyId"]!, config["Oss:AccessKeySecret"]!);
                    var minio2 = new Minio.MinioClient().WithCredentials(config["Minio:AccessKey"]!, config["Minio:SecretKey"]!);
                }
            }
            """);

    [Fact]
    public Task Custom_credential_headers_are_reported_and_other_headers_are_not() =>
        Verify($$"""
            class Client
            {
                public const string ApiKeyHeader = "X-Api-Key";
                private const string TokenHeader = "X-Access-Token";

                void M(HttpClient client, IConfiguration config)
                {
                    client.DefaultRequestHeaders.Add("X-Api-Key", {|CMP1001:"{{AlnumOf(32, 422)}}"|});
                    client.DefaultRequestHeaders.Add(TokenHeader, {|CMP1001:"{{AlnumOf(32, 423)}}"|});
                    client.DefaultRequestHeaders.Add("appsecret", {|CMP1001:"{{AlnumOf(32, 424)}}"|});
                    client.DefaultRequestHeaders.Add(ApiKeyHeader, config["Api:Key"]);
                    client.DefaultRequestHeaders.Add("X-Request-Id", "{{AlnumOf(32, 425)}}");
                    client.DefaultRequestHeaders.Add("Accept", "application/json");
                    client.DefaultRequestHeaders.Add("X-Api-Key", "<your-api-key>");
                }
            }
            """);

    [Fact]
    public Task Positional_attribute_arguments_bound_to_a_secret_parameter() =>
        Verify($$"""
            [AttributeUsage(AttributeTargets.Class)]
            public sealed class ApiKeyAuthAttribute : Attribute
            {
                public ApiKeyAuthAttribute(string headerName, string apiKey) { }
            }

            [AttributeUsage(AttributeTargets.Method)]
            public sealed class RouteNameAttribute : Attribute { public RouteNameAttribute(string name) { } }

            [ApiKeyAuth("X-Api-Key", {|CMP1002:"{{AlnumOf(32, 426)}}"|})]
            class PartnerController
            {
                [RouteName("password-reset")]
                void Reset() { }
            }
            """);

    [Fact]
    public Task Secret_named_values_compared_with_constants_in_patterns_switches_and_equality() =>
        Verify($$"""
            class Gate
            {
                bool Token(string token) => token is {|CMP1002:"{{AlnumOf(24, 427)}}"|};
                bool Admin(string password)
                {
                    switch (password)
                    {
                        case {|CMP1002:"{{Password(428)}}"|}:
                            return true;
                        default:
                            return false;
                    }
                }

                bool Key(string apiKey) => apiKey == {|CMP1002:"{{AlnumOf(32, 429)}}"|} || string.Equals({|CMP1002:"{{AlnumOf(32, 430)}}"|}, apiKey);
                string Role(string secret) => secret switch { {|CMP1002:"{{AlnumOf(20, 431)}}"|} => "root", _ => "guest" };

                bool Decoys(string? token, string password, string mode, string tokenType) =>
                    token is null || password is "" || password == null || mode is "admin" || tokenType == "Bearer" || token == "undefined";
            }
            """);

    [Fact]
    public Task Broken_code_with_the_new_shapes_does_not_throw() =>
        SecretsTest.VerifyBrokenAsync($$"""
            class C
            {
                const string KEY = {|CMP1001:"{{DesKey}}"|};
                void M(string token
                {
                    var oss = new Aliyun.OSS.OssClient("e", ,
                    if (token is
                    switch (token) { case
                    var t = (, );
                    aes.CreateEncryptor(Encoding.UTF8.GetBytes(KEY),
                    client.DefaultRequestHeaders.Add("X-Api-Key",
            """);

    [Fact]
    public async Task A_comparison_is_low_precision_unless_the_literal_looks_generated()
    {
        var word = "Admin" + "Pass" + "2024";
        var random = AlnumOf(24, 432);
        var diagnostics = await SecretsAnalyzerRunner.RunAsync($$"""
            class Gate
            {
                bool A(string password) => password == "{{word}}";
                bool B(string token) => token is "{{random}}";
            }
            """);
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("CMP1002", d.Id));
        Assert.Equal("low", diagnostics[0].Properties["compliance.precision"]);
        Assert.False(diagnostics[1].Properties.ContainsKey("compliance.precision"), "a generated-looking literal keeps the rule's precision");
        Assert.All(diagnostics, d => Assert.DoesNotContain(d.GetMessage(), new[] { word, random }));
    }

    [Fact]
    public async Task A_constant_iv_is_medium_precision_and_a_constant_key_keeps_the_rules_high()
    {
        var diagnostics = await SecretsAnalyzerRunner.RunAsync($$"""
            using System.Security.Cryptography;
            using System.Text;
            class Box
            {
                private static readonly byte[] Key = Encoding.UTF8.GetBytes("{{AesKey}}");
                private static readonly byte[] Iv = Encoding.UTF8.GetBytes("{{AesIv}}");
                private const string SM4_IV = "{{HexOf(32, 436)}}";
                ICryptoTransform T() { using var aes = Aes.Create(); return aes.CreateEncryptor(Key, Iv); }
                string S(string text) => Sm4Util.EncryptCbc(text, "k", iv_string: SM4_IV);
            }
            static class Sm4Util { public static string EncryptCbc(string plainText, string key_string, string iv_string) => plainText; }
            """);
        Assert.Equal(3, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("CMP1001", d.Id));
        Assert.False(diagnostics[0].Properties.ContainsKey("compliance.precision"));
        Assert.Equal("medium", diagnostics[1].Properties["compliance.precision"]);
        Assert.Equal("medium", diagnostics[2].Properties["compliance.precision"]);
    }

    [Fact]
    public async Task A_password_given_to_a_test_user_type_is_low_precision_and_the_same_on_a_real_user_type_is_not()
    {
        // IdentityServer4 quickstarts: new TestUser { Username = "alice", Password = "alice" } fills the in-memory test
        // user store; the same literal given to an application's own user type is still a hard-coded password
        var source = """
            using System.Collections.Generic;
            namespace IdentityServer4.Test { public class TestUser { public string Username { get; set; } = ""; public string Password { get; set; } = ""; } }
            namespace Shop { public class AppUser { public string Username { get; set; } = ""; public string Password { get; set; } = ""; } }
            class Config
            {
                public static List<object> Users() => new List<object>
                {
                    new IdentityServer4.Test.TestUser { Username = "alice", Password = "alice" },
                    new Shop.AppUser { Username = "alice", Password = "alice" },
                };
            }
            """;
        var diagnostics = await SecretsAnalyzerRunner.RunAsync(source);
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("CMP1002", d.Id));
        var lines = source.Split('\n');
        Assert.Equal((7, lines[7].IndexOf("\"alice\" }", System.StringComparison.Ordinal)), (diagnostics[0].Location.GetLineSpan().StartLinePosition.Line, diagnostics[0].Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal((8, lines[8].IndexOf("\"alice\" }", System.StringComparison.Ordinal)), (diagnostics[1].Location.GetLineSpan().StartLinePosition.Line, diagnostics[1].Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal("low", diagnostics[0].Properties["compliance.precision"]);
        Assert.False(diagnostics[1].Properties.ContainsKey("compliance.precision"), "an application's own user type keeps the rule's precision");
    }
    [Fact]
    public async Task A_credential_in_a_sample_types_Main_is_low_precision_and_Program_Main_or_another_method_keeps_it()
    {
        // WeiXinMPSDK ships Tencent's message-crypto sample (class Sample { static void Main }) with the documentation's
        // token and EncodingAESKey; the same locals in Program.Main or in a sample type's ordinary method stay reported
        var aesKey = AlnumOf(43, 451);
        var password = AlnumOf(12, 452);
        var source = $$"""
            class Sample
            {
                static void Main(string[] args)
                {
                    string sEncodingAESKey = "{{aesKey}}";
                }
                public void Connect()
                {
                    string password = "{{password}}";
                }
            }
            class Program
            {
                static void Main(string[] args)
                {
                    string password = "{{password}}";
                }
            }
            """;
        var diagnostics = (await SecretsAnalyzerRunner.RunAsync(source)).OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        Assert.Equal(3, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("CMP1002", d.Id));
        var lines = source.Split('\n');
        var at = diagnostics.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character, d.Location.SourceSpan.Length)).ToArray();
        Assert.Equal((4, lines[4].IndexOf('"'), aesKey.Length + 2), at[0]);
        Assert.Equal((8, lines[8].IndexOf('"'), password.Length + 2), at[1]);
        Assert.Equal((15, lines[15].IndexOf('"'), password.Length + 2), at[2]);
        Assert.Equal("low", diagnostics[0].Properties["compliance.precision"]);
        Assert.False(diagnostics[1].Properties.ContainsKey("compliance.precision"), "a sample type's other method keeps the rule's precision");
        Assert.False(diagnostics[2].Properties.ContainsKey("compliance.precision"), "Program.Main keeps the rule's precision");
    }
    [Fact]
    public async Task A_settings_type_prefilling_its_products_name_as_password_is_low_precision_and_an_account_word_is_not()
    {
        // Sonarr's DelugeSettings pre-fills the Deluge web UI's factory password "deluge"; AdminSettings' "admin" is this
        // product's own default password, and a DelugeSettings password that is not the product's name is a credential
        var other = AlnumOf(12, 453);
        var source = $$"""
            public class DelugeSettings
            {
                public DelugeSettings()
                {
                    Password = "deluge";
                }
                public string Password { get; set; }
            }
            public class AdminSettings
            {
                public string Password { get; set; } = "admin";
            }
            public class TransmissionOptions
            {
                public string Password { get; set; } = "{{other}}";
            }
            """;
        var diagnostics = (await SecretsAnalyzerRunner.RunAsync(source)).OrderBy(d => d.Location.SourceSpan.Start).ToArray();
        Assert.Equal(3, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("CMP1002", d.Id));
        var lines = source.Split('\n');
        var at = diagnostics.Select(d => (d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character, d.Location.SourceSpan.Length)).ToArray();
        Assert.Equal((4, lines[4].IndexOf('"'), "deluge".Length + 2), at[0]);
        Assert.Equal((10, lines[10].IndexOf('"'), "admin".Length + 2), at[1]);
        Assert.Equal((14, lines[14].IndexOf('"'), other.Length + 2), at[2]);
        Assert.Equal("low", diagnostics[0].Properties["compliance.precision"]);
        Assert.False(diagnostics[1].Properties.ContainsKey("compliance.precision"), "an account word is this product's default password");
        Assert.False(diagnostics[2].Properties.ContainsKey("compliance.precision"), "a value that is not the product's name is a credential");
    }
}
